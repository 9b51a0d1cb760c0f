package dev.tollgate.model;

import java.util.Map;

/** A managed policy with its default version's document. */
public record IamPolicy(String arn, String account, String region, String name, Map<String, String> tags,
                        String policyId, String path, String defaultVersionId, PolicyDocument document,
                        boolean awsManaged, Integer attachmentCount) implements Resource {
    public IamPolicy {
        tags = Copy.map(tags);
        document = document == null ? PolicyDocument.empty() : document;
    }

    @Override
    public String resourceType() {
        return "AWS::IAM::Policy";
    }
}
