package dev.tollgate.collect.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.Resource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * AWS Config files: a delivered configuration snapshot ({@code configurationItems}), the output of
 * {@code aws configservice select-resource-config} ({@code Results}, each a JSON string) and of
 * {@code batch-get-resource-config} ({@code baseConfigurationItems}, {@code unprocessedResourceKeys}),
 * or a plain JSON array of configuration items.
 */
public final class ConfigFileReader {
    private final Normalizers normalizers;

    public ConfigFileReader(Normalizers normalizers) {
        this.normalizers = normalizers;
    }

    public static boolean accepts(JsonNode root) {
        if (root.isArray()) {
            return root.size() > 0 && Json.present(Json.get(Json.decode(root.get(0)), "resourceType"));
        }
        return root.has("configurationItems") || root.has("baseConfigurationItems")
                || (root.has("Results") && root.get("Results").isArray());
    }

    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        String source = file.getFileName().toString();
        List<JsonNode> raw = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(raw::add);
        } else {
            for (String key : List.of("configurationItems", "baseConfigurationItems", "Results")) {
                if (root.has(key)) {
                    if (!root.get(key).isArray()) {
                        throw new InputException(file, "\"" + key + "\" must be an array");
                    }
                    root.get(key).forEach(raw::add);
                }
            }
        }
        int index = 0;
        for (JsonNode node : raw) {
            ConfigItem item = ConfigItems.parse(node);
            if (item.resourceType() == null || item.account() == null) {
                throw new InputException(file, "configuration item " + index
                        + " has no resourceType or account id: not an AWS Config item");
            }
            index++;
            out.captured(item.captureTime());
            String region = FactTypes.global(item.resourceType()) ? FactTypes.GLOBAL : item.region();
            var normalizer = normalizers.forType(item.resourceType());
            if (normalizer.isEmpty()) {
                continue; // a type no rule reads: nothing to assess
            }
            out.coverage(Coverage.collected(item.account(), region, item.resourceType(), "config:" + source));
            if (ConfigItems.absent(item)) {
                continue;
            }
            try {
                if (item.configuration() == null) {
                    throw new ItemException("the item has no configuration (status " + item.status() + ")");
                }
                Resource r = normalizer.get().normalize(item);
                out.resource(r, item.captureTime());
            } catch (ItemException | RuntimeException e) {
                out.coverage(new Coverage(item.account(), region, item.resourceType(), Coverage.State.FAILED,
                        "config:" + source, item.arnOr(null) + ": " + e.getMessage()));
            }
        }
        for (JsonNode key : Json.array(root, "unprocessedResourceKeys")) {
            // BatchGetResourceConfig could not return these: they are not assessed.
            String type = Json.text(key, "resourceType");
            out.coverage(new Coverage(null, null, type, Coverage.State.FAILED, "config:" + source,
                    Json.text(key, "resourceId") + ": unprocessed by BatchGetResourceConfig"));
        }
    }
}
