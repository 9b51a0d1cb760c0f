package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An S3 bucket with the settings recorded as supplementary configuration.
 *
 * @param encryptionAlgorithm {@code AES256}, {@code aws:kms}, {@code aws:kms:dsse}; null when unknown
 * @param versioning          {@code Enabled}, {@code Suspended}, {@code Off}; null when unknown
 * @param policy              the bucket policy, or null when the bucket has none (or unknown: see policyKnown)
 * @param replicationDestinations destination bucket ARNs of enabled replication rules
 * @param loggingTarget       target bucket of server access logging, null when off or unknown (see loggingKnown)
 */
public record S3Bucket(String arn, String account, String region, String name, Map<String, String> tags,
                       PublicAccessBlock publicAccessBlock, List<AclGrant> aclGrants, Tri aclKnown,
                       String encryptionAlgorithm, String kmsKeyId, Tri bucketKey,
                       String versioning, Tri mfaDelete, List<String> replicationDestinations, Tri replicationKnown,
                       int lifecycleRules, Tri lifecycleKnown, String loggingTarget, Tri loggingKnown,
                       PolicyDocument policy, Tri policyKnown, String objectOwnership) implements Resource {
    public S3Bucket {
        tags = Copy.map(tags);
        publicAccessBlock = publicAccessBlock == null ? PublicAccessBlock.unknown() : publicAccessBlock;
        aclGrants = Copy.list(aclGrants);
        aclKnown = Copy.tri(aclKnown);
        bucketKey = Copy.tri(bucketKey);
        mfaDelete = Copy.tri(mfaDelete);
        replicationDestinations = Copy.list(replicationDestinations);
        replicationKnown = Copy.tri(replicationKnown);
        lifecycleKnown = Copy.tri(lifecycleKnown);
        loggingKnown = Copy.tri(loggingKnown);
        policyKnown = Copy.tri(policyKnown);
    }

    /**
     * TRUE when the policy denies every request made without TLS ({@code aws:SecureTransport = false})
     * for all S3 actions; UNKNOWN when the policy was not recorded.
     */
    public Tri tlsOnly() {
        if (policyKnown != Tri.TRUE) {
            return policyKnown == Tri.FALSE ? Tri.UNKNOWN : policyKnown;
        }
        if (policy == null) {
            return Tri.FALSE;
        }
        for (PolicyStatement s : policy.statements()) {
            boolean allS3 = s.actions().contains("s3:*") || s.actions().contains("*");
            boolean insecure = s.conditions().stream().anyMatch(c -> c.operator().startsWith("Bool")
                    && "aws:SecureTransport".equalsIgnoreCase(c.key()) && c.values().contains("false"));
            boolean everyone = s.anyPrincipal();
            if (!s.allow() && allS3 && insecure && everyone) {
                return Tri.TRUE;
            }
        }
        return Tri.FALSE;
    }

    @Override
    public String resourceType() {
        return "AWS::S3::Bucket";
    }
}
