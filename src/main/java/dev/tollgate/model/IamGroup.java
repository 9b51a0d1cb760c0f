package dev.tollgate.model;

import java.util.List;
import java.util.Map;

public record IamGroup(String arn, String account, String region, String name, Map<String, String> tags,
                       String groupId, String path, List<String> attachedPolicyArns,
                       List<InlinePolicy> inlinePolicies) implements Resource {
    public IamGroup {
        tags = Copy.map(tags);
        attachedPolicyArns = Copy.list(attachedPolicyArns);
        inlinePolicies = Copy.list(inlinePolicies);
    }

    @Override
    public String resourceType() {
        return "AWS::IAM::Group";
    }
}
