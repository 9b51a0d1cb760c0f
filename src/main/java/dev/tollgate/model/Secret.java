package dev.tollgate.model;

import java.time.Instant;
import java.util.Map;

public record Secret(String arn, String account, String region, String name, Map<String, String> tags,
                     Tri rotationEnabled, Integer rotationDays, Instant lastRotated, Instant lastAccessed,
                     String kmsKeyId) implements Resource {
    public Secret {
        tags = Copy.map(tags);
        rotationEnabled = Copy.tri(rotationEnabled);
    }

    @Override
    public String resourceType() {
        return "AWS::SecretsManager::Secret";
    }
}
