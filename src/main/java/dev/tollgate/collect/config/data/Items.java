package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ConfigItems;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Identity and value helpers shared by the data-store normalizers. */
final class Items {
    private Items() {
    }

    /** The decoded configuration; an item without one cannot be assessed. */
    static JsonNode configuration(ConfigItem item) throws ItemException {
        return ConfigItems.configuration(item);
    }

    /** The item's tags, else the configuration's own tag list ({@code Tags}, {@code tagList}, ...). */
    static Map<String, String> tags(ConfigItem item, JsonNode conf) {
        return ConfigItems.tags(item, conf);
    }

    /** The {@code Name} tag, else the item's name, else its id. */
    static String name(ConfigItem item, Map<String, String> tags) {
        return ConfigItems.name(item, tags);
    }

    /** The account: the item's, else the fifth field of its ARN. */
    static String account(ConfigItem item) {
        if (item.account() != null) {
            return item.account();
        }
        String[] parts = item.arn() == null ? new String[0] : item.arn().split(":", 6);
        return parts.length > 4 && !parts[4].isEmpty() ? parts[4] : null;
    }

    /** The recorded ARN, else {@code fallback}, else an ARN-like name ({@link ConfigItem#arnOr}). */
    static String arn(ConfigItem item, String fallback) {
        return item.arnOr(fallback);
    }

    /**
     * AWS's status words as a Tri: {@code enabled}/{@code true} TRUE, {@code disabled}/{@code disabling}/{@code false}
     * FALSE, booleans as such; transitional {@code enabling} and anything else UNKNOWN.
     */
    static Tri status(JsonNode node, String... names) {
        JsonNode v = Json.first(node, names);
        if (!Json.present(v)) {
            return Tri.UNKNOWN;
        }
        if (v.isBoolean()) {
            return Tri.of(v.booleanValue());
        }
        return switch (v.asText().trim().toLowerCase(Locale.ROOT)) {
            case "enabled", "true" -> Tri.TRUE;
            case "disabled", "disabling", "false" -> Tri.FALSE;
            default -> Tri.UNKNOWN;
        };
    }

    /** A scalar node as a Tri: booleans, and the strings "true"/"false"; UNKNOWN otherwise. */
    static Tri tri(JsonNode v) {
        if (!Json.present(v)) {
            return Tri.UNKNOWN;
        }
        if (v.isBoolean()) {
            return Tri.of(v.booleanValue());
        }
        String s = v.isContainerNode() ? "" : v.asText().trim().toLowerCase(Locale.ROOT);
        return "true".equals(s) ? Tri.TRUE : "false".equals(s) ? Tri.FALSE : Tri.UNKNOWN;
    }

    /** {@link Json#tri}, with {@code dflt} where the field is absent (the API's documented default). */
    static Tri triOr(JsonNode node, Tri dflt, String... names) {
        JsonNode v = Json.first(node, names);
        return Json.present(v) ? Json.tri(node, names) : dflt;
    }

    /** The values of {@code field} in each object of array {@code arrayNames}, skipping absent ones. */
    static List<String> pluck(JsonNode node, String field, String... arrayNames) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : Json.array(node, arrayNames)) {
            if (e.isObject()) {
                String v = Json.text(e, field);
                if (v != null) {
                    out.add(v);
                }
            } else if (Json.present(e) && !e.isContainerNode() && !e.asText().isEmpty()) {
                out.add(e.asText());
            }
        }
        return out;
    }

    /**
     * The {@code items} of an SDK list wrapper ({@code {quantity, items}}) or a plain list, as JSON nodes.
     */
    static List<JsonNode> items(JsonNode wrapper) {
        JsonNode w = wrapper == null ? null : Json.decode(wrapper);
        if (!Json.present(w)) {
            return List.of();
        }
        if (w.isArray()) {
            List<JsonNode> out = new ArrayList<>();
            w.forEach(e -> out.add(Json.decode(e)));
            return out;
        }
        return Json.array(w, "items");
    }

    /** {@code {"list": node}}, so an array value can go through the field-based helpers. */
    static JsonNode holder(JsonNode node) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("list", node);
    }

    /** {@link #items} as strings. */
    static List<String> itemStrings(JsonNode wrapper) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : items(wrapper)) {
            if (Json.present(e) && !e.isContainerNode() && !e.asText().isEmpty()) {
                out.add(e.asText());
            }
        }
        return out;
    }

    /** The name of the first of {@code keys} that is present and non-null on {@code node}, upper-cased. */
    static String presentKey(JsonNode node, String... keys) {
        for (String k : keys) {
            if (Json.present(Json.get(node, k))) {
                return k.toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }
}
