package dev.tollgate.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.tollgate.model.Tri;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lenient reading of AWS JSON as Config delivers it. Field names match case-insensitively, so one
 * lookup serves the SDK-v1 camelCase quirks ({@code dBInstanceIdentifier}), plain camelCase and the
 * PascalCase CloudFormation-registry shapes. Values that are JSON encoded as strings (once or twice)
 * are decoded transparently by {@link #decode(JsonNode)}.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The field {@code name} of {@code node} (exact, else case-insensitive), decoded; MissingNode if absent. */
    public static JsonNode get(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            return MissingNode.getInstance();
        }
        JsonNode v = node.get(name);
        if (v == null) {
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equalsIgnoreCase(name)) {
                    v = e.getValue();
                    break;
                }
            }
        }
        return v == null ? MissingNode.getInstance() : decode(v);
    }

    /** Follows a path of field names, each matched as by {@link #get}. */
    public static JsonNode path(JsonNode node, String... names) {
        JsonNode cur = node;
        for (String n : names) {
            cur = get(cur, n);
        }
        return cur;
    }

    /** The first of {@code names} present on {@code node}. */
    public static JsonNode first(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = get(node, n);
            if (present(v)) {
                return v;
            }
        }
        return MissingNode.getInstance();
    }

    public static boolean present(JsonNode v) {
        return v != null && !v.isMissingNode() && !v.isNull();
    }

    /**
     * Decodes JSON that arrives as a string (Config's {@code configuration} and supplementary values,
     * sometimes encoded twice). Strings that are not JSON objects or arrays are returned unchanged.
     */
    public static JsonNode decode(JsonNode v) {
        JsonNode cur = v;
        for (int i = 0; i < 3 && cur != null && cur.isTextual(); i++) {
            String s = cur.asText().trim();
            if (!(s.startsWith("{") || s.startsWith("[") || (s.startsWith("\"") && s.endsWith("\"") && s.length() > 1))) {
                return cur;
            }
            try {
                cur = MAPPER.readTree(s);
            } catch (JsonProcessingException e) {
                return v;
            }
        }
        return cur;
    }

    public static String text(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        if (!present(v) || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isEmpty() ? null : s;
    }

    public static Integer integer(JsonNode node, String... names) {
        Long v = longValue(node, names);
        return v == null || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? null : v.intValue();
    }

    public static Long longValue(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        if (!present(v)) {
            return null;
        }
        if (v.isNumber()) {
            return v.longValue();
        }
        try {
            return Long.valueOf(v.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** TRUE/FALSE for JSON booleans and "true"/"false" strings; UNKNOWN when absent or anything else. */
    public static Tri tri(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        if (!present(v)) {
            return Tri.UNKNOWN;
        }
        if (v.isBoolean()) {
            return Tri.of(v.booleanValue());
        }
        String s = v.asText().trim().toLowerCase(Locale.ROOT);
        return "true".equals(s) ? Tri.TRUE : "false".equals(s) ? Tri.FALSE : Tri.UNKNOWN;
    }

    /** A string list from an array (of strings, or of scalars); a single string becomes a one-element list. */
    public static List<String> strings(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode e : v) {
                JsonNode d = decode(e);
                if (present(d) && !d.isContainerNode()) {
                    out.add(d.asText());
                }
            }
        } else if (present(v) && !v.isContainerNode()) {
            out.add(v.asText());
        }
        return out;
    }

    /** The elements of an array field (decoded), empty when absent. */
    public static List<JsonNode> array(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        List<JsonNode> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(e -> out.add(decode(e)));
        } else if (v.isObject()) {
            out.add(v);
        }
        return out;
    }

    /**
     * Parses AWS timestamps: ISO-8601 with offset or Z, epoch seconds or millis (numbers), and the
     * {@code "Nov 20, 2026 2:00:00 AM"}-free forms Config uses. Null when absent or unparseable.
     */
    public static Instant instant(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        if (!present(v)) {
            return null;
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            // Heuristic: values above 1e11 are milliseconds.
            return d > 1e11 ? Instant.ofEpochMilli((long) d) : Instant.ofEpochMilli((long) (d * 1000));
        }
        return parseInstant(v.asText());
    }

    public static Instant parseInstant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.trim();
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return OffsetDateTime.parse(s.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Tags in any of the shapes AWS uses: an object map, or a list of {key,value} / {Key,Value} pairs.
     */
    public static Map<String, String> tags(JsonNode v) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode d = decode(v);
        if (d == null) {
            return out;
        }
        if (d.isObject()) {
            d.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        } else if (d.isArray()) {
            for (JsonNode t : d) {
                String k = text(t, "key");
                if (k != null) {
                    String val = text(t, "value");
                    out.put(k, val == null ? "" : val);
                }
            }
        }
        return out;
    }
}
