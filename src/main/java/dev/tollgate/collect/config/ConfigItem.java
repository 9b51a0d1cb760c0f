package dev.tollgate.collect.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One AWS Config configuration item, version-agnostic (1.2 {@code accountId}/{@code arn} and 1.3
 * {@code awsAccountId}/{@code ARN}), with {@code configuration} and every supplementary value decoded
 * from their string encodings. Normalizers turn it into a typed fact. {@code arn} is the recorded ARN,
 * null when the item carried none: name the resource with {@link #arnOr(String)}.
 */
public record ConfigItem(String version, String account, String arn, String resourceType, String resourceId,
                         String resourceName, String region, String availabilityZone, Instant captureTime,
                         String status, Map<String, String> tags, List<Relationship> relationships,
                         JsonNode configuration, Map<String, JsonNode> supplementary) {

    /** A related resource as Config records it (e.g. "Is attached to Instance"). */
    public record Relationship(String resourceType, String resourceId, String resourceName, String name) {
    }

    /**
     * The recorded ARN ({@link #arn()} is null when the item carried none), else {@code fallback} (the ARN the
     * normalizer can build from the configuration), else an ARN-like name from the type and id.
     */
    public String arnOr(String fallback) {
        return arn != null ? arn : fallback != null ? fallback
                : ConfigItems.syntheticArn(resourceType, account, region, resourceId);
    }

    /** The supplementary value {@code key} (case-insensitive), or null when absent. */
    public JsonNode supplementary(String key) {
        for (Map.Entry<String, JsonNode> e : supplementary.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The name, falling back to the id. */
    public String displayName() {
        return resourceName != null && !resourceName.isBlank() ? resourceName : resourceId;
    }

    /** Ids of related resources of {@code type}. */
    public List<String> related(String type) {
        return relationships.stream().filter(r -> type.equals(r.resourceType())).map(Relationship::resourceId).toList();
    }
}
