package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.model.Tri;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict field access for AWS CLI (API) JSON outputs: a value of the wrong JSON type is an {@link InputException}
 * naming the file and the element ({@code ScalingPolicies[3].TargetTrackingScalingPolicyConfiguration.TargetValue});
 * an absent or null value is null / UNKNOWN.
 */
final class ApiFields {
    private ApiFields() {
    }

    /** The markers AWS APIs name their next page with; the AWS CLI leaves one in its output only for a single page. */
    private static final List<String> PAGE_MARKERS = List.of("NextToken", "NextMarker", "NextPageToken");

    /** Refuses an output that is one page of a listing (a page marker is set). */
    static void wholeListing(Path file, JsonNode root) throws InputException {
        for (String marker : PAGE_MARKERS) {
            JsonNode next = root.get(marker);
            if (next != null && !next.isNull() && !next.asText().isEmpty()) {
                throw new InputException(file, "this is one page of the listing (" + marker + " is set): run the "
                        + "command without --max-items, --max-results or --no-paginate so the AWS CLI fetches every page");
            }
        }
    }

    /** The elements of the top-level array {@code field} of a whole listing ({@link #wholeListing}). */
    static List<JsonNode> elements(Path file, JsonNode root, String field) throws InputException {
        wholeListing(file, root);
        JsonNode arr = root.get(field);
        if (arr == null || !arr.isArray()) {
            throw new InputException(file, "\"" + field + "\" must be an array");
        }
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < arr.size(); i++) {
            if (!arr.get(i).isObject()) {
                throw new InputException(file, field + "[" + i + "] must be an object");
            }
            out.add(arr.get(i));
        }
        return out;
    }

    static String text(Path file, JsonNode node, String where, String field) throws InputException {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InputException(file, where + "." + field + " is " + shorten(v.toString()) + ", expected a string");
        }
        return v.textValue();
    }

    static String requiredText(Path file, JsonNode node, String where, String field, String why) throws InputException {
        String s = text(file, node, where, field);
        if (s == null || s.isBlank()) {
            throw new InputException(file, where + " has no " + field + why);
        }
        return s;
    }

    static Integer integer(Path file, JsonNode node, String where, String field) throws InputException {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new InputException(file, where + "." + field + " is " + shorten(v.toString()) + ", expected a whole number");
        }
        return v.intValue();
    }

    static Double number(Path file, JsonNode node, String where, String field) throws InputException {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new InputException(file, where + "." + field + " is " + shorten(v.toString()) + ", expected a number");
        }
        return v.doubleValue();
    }

    static Tri bool(Path file, JsonNode node, String where, String field) throws InputException {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return Tri.UNKNOWN;
        }
        if (!v.isBoolean()) {
            throw new InputException(file, where + "." + field + " is " + shorten(v.toString()) + ", expected true or false");
        }
        return Tri.of(v.booleanValue());
    }

    /** The object {@code field} of {@code node}, or null when absent; anything else is an error. */
    static JsonNode object(Path file, JsonNode node, String where, String field) throws InputException {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new InputException(file, where + "." + field + " must be an object");
        }
        return v;
    }

    /** The array {@code field} of {@code node}, empty when absent; anything else is an error. */
    static List<JsonNode> array(Path file, JsonNode node, String where, String field) throws InputException {
        JsonNode v = node == null ? null : node.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new InputException(file, where + "." + field + " must be an array");
        }
        v.forEach(out::add);
        return out;
    }

    /** A hostile value cut to a readable length for a one-line message. */
    static String shorten(String s) {
        String one = s.replaceAll("[\\r\\n\\t]", " ");
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
