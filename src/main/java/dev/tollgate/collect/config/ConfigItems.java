package dev.tollgate.collect.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one configuration item, whichever version and encoding it arrives in. */
public final class ConfigItems {
    private ConfigItems() {
    }

    /** Parses {@code raw} (an object, or a JSON string holding one, as select-resource-config returns). */
    public static ConfigItem parse(JsonNode raw) {
        JsonNode n = Json.decode(raw);
        String type = Json.text(n, "resourceType");
        String id = Json.text(n, "resourceId");
        String region = Json.text(n, "awsRegion");
        String account = Json.text(n, "awsAccountId", "accountId");
        String arn = Json.text(n, "ARN", "arn");
        JsonNode conf = Json.get(n, "configuration");
        Map<String, JsonNode> supp = new LinkedHashMap<>();
        Json.get(n, "supplementaryConfiguration").fields()
                .forEachRemaining(e -> supp.put(e.getKey(), Json.decode(e.getValue())));
        List<ConfigItem.Relationship> rels = new ArrayList<>();
        for (JsonNode r : Json.array(n, "relationships")) {
            rels.add(new ConfigItem.Relationship(Json.text(r, "resourceType"), Json.text(r, "resourceId"),
                    Json.text(r, "resourceName"), Json.text(r, "name", "relationshipName")));
        }
        return new ConfigItem(
                Json.text(n, "configurationItemVersion", "version"),
                account,
                arn,
                type, id, Json.text(n, "resourceName"), region == null ? null : region,
                Json.text(n, "availabilityZone"),
                Json.instant(n, "configurationItemCaptureTime"),
                Json.text(n, "configurationItemStatus"),
                Json.tags(Json.get(n, "tags")),
                List.copyOf(rels),
                Json.present(conf) ? conf : null,
                supp);
    }

    /** An ARN-like name for an item that recorded no ARN and whose normalizer knows none either. */
    static String syntheticArn(String type, String account, String region, String id) {
        String[] parts = type == null ? new String[0] : type.split("::");
        String service = parts.length > 1 ? parts[1].toLowerCase(java.util.Locale.ROOT) : "unknown";
        String kind = parts.length > 0 ? parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT) : "resource";
        return "arn:aws:" + service + ":" + (region == null ? "" : region) + ":" + (account == null ? "" : account)
                + ":" + kind + "/" + id;
    }

    /** The decoded configuration object; an item without one cannot be assessed. */
    public static JsonNode configuration(ConfigItem item) throws ItemException {
        JsonNode conf = item.configuration();
        if (conf == null || !conf.isObject()) {
            throw new ItemException(item.resourceType() + " " + item.resourceId()
                    + ": the item has no configuration object (status " + item.status() + ")");
        }
        return conf;
    }

    /**
     * The item's tags, else the configuration's own tag list ({@code tags}, {@code Tags}, {@code tagList},
     * {@code TagSet}: every shape {@link Json#tags} understands).
     */
    public static Map<String, String> tags(ConfigItem item, JsonNode conf) {
        if (item.tags() != null && !item.tags().isEmpty()) {
            return item.tags();
        }
        return Json.tags(Json.first(conf, "tags", "tagList", "TagSet"));
    }

    /** The {@code Name} tag, else the recorded resource name, else the id. */
    public static String name(ConfigItem item, Map<String, String> tags) {
        String n = tags.get("Name");
        return n != null && !n.isBlank() ? n : item.displayName();
    }

    /** True for items describing a resource that no longer exists or was not recorded. */
    public static boolean absent(ConfigItem item) {
        String s = item.status();
        return s != null && (s.startsWith("ResourceDeleted") || s.equals("ResourceNotRecorded"));
    }
}
