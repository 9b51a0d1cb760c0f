package dev.tollgate.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** @param lastUsed RoleLastUsed.LastUsedDate; null when never used or not recorded (see lastUsedKnown) */
public record IamRole(String arn, String account, String region, String name, Map<String, String> tags,
                      String roleId, String path, Instant createDate, PolicyDocument trustPolicy,
                      Integer maxSessionDurationSec, List<String> attachedPolicyArns,
                      List<InlinePolicy> inlinePolicies, String permissionsBoundaryArn, Instant lastUsed,
                      Tri lastUsedKnown, List<String> instanceProfileArns) implements Resource {
    public IamRole {
        tags = Copy.map(tags);
        trustPolicy = trustPolicy == null ? PolicyDocument.empty() : trustPolicy;
        attachedPolicyArns = Copy.list(attachedPolicyArns);
        inlinePolicies = Copy.list(inlinePolicies);
        lastUsedKnown = Copy.tri(lastUsedKnown);
        instanceProfileArns = Copy.list(instanceProfileArns);
    }

    /** Roles under /aws-service-role/ are owned by AWS services and not the account's to change. */
    public boolean serviceLinked() {
        return path != null && path.startsWith("/aws-service-role/");
    }

    @Override
    public String resourceType() {
        return "AWS::IAM::Role";
    }
}
