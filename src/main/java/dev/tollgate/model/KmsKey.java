package dev.tollgate.model;

import java.util.Map;

/**
 * @param keyManager {@code CUSTOMER} or {@code AWS}
 * @param keySpec    e.g. {@code SYMMETRIC_DEFAULT}; rotation applies to symmetric customer keys only
 */
public record KmsKey(String arn, String account, String region, String name, Map<String, String> tags,
                     String keyId, String keyManager, String keySpec, String keyState, String origin,
                     Tri rotationEnabled) implements Resource {
    public KmsKey {
        tags = Copy.map(tags);
        rotationEnabled = Copy.tri(rotationEnabled);
    }

    public boolean customerManagedSymmetric() {
        return "CUSTOMER".equals(keyManager) && (keySpec == null || "SYMMETRIC_DEFAULT".equals(keySpec))
                && (origin == null || "AWS_KMS".equals(origin));
    }

    @Override
    public String resourceType() {
        return "AWS::KMS::Key";
    }
}
