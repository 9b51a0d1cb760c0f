package dev.tollgate.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record IamUser(String arn, String account, String region, String name, Map<String, String> tags,
                      String userId, String path, Instant createDate, List<String> groupNames,
                      List<String> attachedPolicyArns, List<InlinePolicy> inlinePolicies,
                      String permissionsBoundaryArn) implements Resource {
    public IamUser {
        tags = Copy.map(tags);
        groupNames = Copy.list(groupNames);
        attachedPolicyArns = Copy.list(attachedPolicyArns);
        inlinePolicies = Copy.list(inlinePolicies);
    }

    @Override
    public String resourceType() {
        return "AWS::IAM::User";
    }
}
