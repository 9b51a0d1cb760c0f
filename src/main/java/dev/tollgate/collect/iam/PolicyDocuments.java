package dev.tollgate.collect.iam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tollgate.model.Condition;
import dev.tollgate.model.PolicyDocument;
import dev.tollgate.model.PolicyStatement;
import software.amazon.awssdk.policybuilder.iam.IamCondition;
import software.amazon.awssdk.policybuilder.iam.IamPolicy;
import software.amazon.awssdk.policybuilder.iam.IamPrincipal;
import software.amazon.awssdk.policybuilder.iam.IamStatement;
import software.amazon.awssdk.policybuilder.iam.IamValue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses IAM policy documents (identity, trust and resource policies) into {@link PolicyDocument}s.
 * Accepts a JSON object, a JSON string holding one, or the URL-encoded text IAM's API returns
 * (RFC 3986: spaces arrive as {@code %20}, a literal {@code +} as {@code %2B} or unencoded; both are kept as '+').
 *
 * <p>The statements are parsed by the AWS SDK's own parser ({@link IamPolicy#fromJson(String)}) after a
 * Jackson pre-pass that closes the gaps where that parser and IAM disagree:
 * <ul>
 *   <li>condition values that are JSON booleans or numbers ({@code "Bool": {"aws:SecureTransport": false}}):
 *       the SDK silently drops a scalar one and rejects a list of them; they are turned into strings first;</li>
 *   <li>an absent {@code Version}: the SDK reports {@code 2012-10-17}; we keep it absent (null), as IAM
 *       then applies the 2008-10-17 rules;</li>
 *   <li>a statement without {@code Effect}: the SDK throws a NullPointerException; an unknown effect it accepts.
 *       Both are rejected here with a clear message;</li>
 *   <li>an empty statement list: the SDK rejects it; it is read as a document with no statements;</li>
 *   <li>trailing text after the document: the SDK ignores it; it is rejected here.</li>
 * </ul>
 * Every problem surfaces as an {@link IllegalArgumentException} with a one-line message.
 */
public final class PolicyDocuments {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PolicyDocuments() {
    }

    /** Parses a policy held as text: JSON, JSON in a JSON string, or URL-encoded JSON. */
    public static PolicyDocument parse(String text) {
        return parse(text, 0);
    }

    /** Parses a policy given as a JSON object, or as a text node holding (URL-encoded) JSON. */
    public static PolicyDocument parse(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw new IllegalArgumentException("policy document is missing");
        }
        if (node.isTextual()) {
            return parse(node.asText(), 0);
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("policy document is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", expected an object");
        }
        return fromObject((ObjectNode) node);
    }

    private static PolicyDocument parse(String text, int depth) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("policy document is empty");
        }
        String s = text.strip();
        if (depth > 3) {
            throw new IllegalArgumentException("policy document is encoded too many times");
        }
        if (urlEncoded(s)) {
            return parse(urlDecode(s), depth + 1);
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(s);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("policy document is not valid JSON: " + oneLine(e.getOriginalMessage())
                    + (e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr()));
        }
        if (node != null && node.isTextual()) {
            return parse(node.asText(), depth + 1);
        }
        return parse(node);
    }

    /** True for text that is URL-encoded JSON ({@code %7B...}) rather than JSON. */
    static boolean urlEncoded(String s) {
        if (s.startsWith("{") || s.startsWith("\"") || s.startsWith("[")) {
            return false;
        }
        String upper = s.toUpperCase(Locale.ROOT);
        return upper.startsWith("%7B") || upper.startsWith("%22") || upper.startsWith("%5B")
                || (s.startsWith("%") && upper.contains("%22"));
    }

    /**
     * Decodes RFC 3986 percent-encoding. Unlike form decoding, '+' stays '+': IAM encodes spaces as %20,
     * so a '+' in the text is a literal plus (e.g. in a condition value or a user name).
     */
    static String urlDecode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy document is not valid URL-encoded text: " + oneLine(e.getMessage()));
        }
    }

    private static PolicyDocument fromObject(ObjectNode doc) {
        JsonNode version = doc.get("Version");
        if (version != null && !version.isNull() && !version.isTextual()) {
            throw new IllegalArgumentException("policy Version is not a string");
        }
        JsonNode stmts = doc.get("Statement");
        if (stmts == null || stmts.isNull()) {
            throw new IllegalArgumentException("policy document has no Statement");
        }
        List<ObjectNode> statements = new ArrayList<>();
        if (stmts.isObject()) {
            statements.add((ObjectNode) stmts);
        } else if (stmts.isArray()) {
            int i = 0;
            for (JsonNode s : stmts) {
                if (!s.isObject()) {
                    throw new IllegalArgumentException("Statement[" + i + "] is not an object");
                }
                statements.add((ObjectNode) s);
                i++;
            }
        } else {
            throw new IllegalArgumentException("Statement is neither an object nor an array");
        }
        String v = version == null || version.isNull() ? null : version.asText();
        if (statements.isEmpty()) {
            return new PolicyDocument(v, List.of());
        }
        ObjectNode normalized = MAPPER.createObjectNode();
        ArrayNode out = normalized.putArray("Statement");
        List<Boolean> allows = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            ObjectNode copy = statements.get(i).deepCopy();
            allows.add(effect(copy, i));
            normalizeConditions(copy, i);
            out.add(copy);
        }
        IamPolicy parsed;
        try {
            parsed = IamPolicy.fromJson(normalized.toString());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("policy document rejected: " + oneLine(e.getMessage()));
        }
        if (parsed.statements().size() != statements.size()) {
            throw new IllegalArgumentException("policy document has " + statements.size() + " statements but "
                    + parsed.statements().size() + " were parsed");
        }
        List<PolicyStatement> result = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            result.add(statement(parsed.statements().get(i), allows.get(i)));
        }
        return new PolicyDocument(v, result);
    }

    /** Allow → true, Deny → false (case-insensitively); anything else is not a policy IAM would accept. */
    private static boolean effect(ObjectNode stmt, int index) {
        JsonNode e = stmt.get("Effect");
        if (e == null || e.isNull()) {
            throw new IllegalArgumentException("Statement[" + index + "] has no Effect");
        }
        String s = e.isTextual() ? e.asText() : "";
        if (s.equalsIgnoreCase("Allow")) {
            return true;
        }
        if (s.equalsIgnoreCase("Deny")) {
            return false;
        }
        throw new IllegalArgumentException("Statement[" + index + "] has Effect " + e + ", expected \"Allow\" or \"Deny\"");
    }

    /** Turns boolean and number condition values into strings, so the SDK parser keeps them. */
    private static void normalizeConditions(ObjectNode stmt, int index) {
        JsonNode cond = stmt.get("Condition");
        if (cond == null || cond.isNull()) {
            stmt.remove("Condition");
            return;
        }
        if (!cond.isObject()) {
            throw new IllegalArgumentException("Statement[" + index + "] Condition is not an object");
        }
        Iterator<Map.Entry<String, JsonNode>> ops = cond.fields();
        while (ops.hasNext()) {
            Map.Entry<String, JsonNode> op = ops.next();
            if (!op.getValue().isObject()) {
                throw new IllegalArgumentException("Statement[" + index + "] Condition " + op.getKey() + " is not an object");
            }
            ObjectNode keys = (ObjectNode) op.getValue();
            List<String> names = new ArrayList<>();
            keys.fieldNames().forEachRemaining(names::add);
            for (String key : names) {
                JsonNode val = keys.get(key);
                if (val.isArray()) {
                    ArrayNode arr = MAPPER.createArrayNode();
                    for (JsonNode e : val) {
                        arr.add(conditionValue(e, index, op.getKey(), key));
                    }
                    keys.set(key, arr);
                } else {
                    keys.set(key, conditionValue(val, index, op.getKey(), key));
                }
            }
        }
    }

    private static TextNode conditionValue(JsonNode v, int index, String op, String key) {
        if (v.isTextual()) {
            return (TextNode) v;
        }
        if (v.isBoolean() || v.isNumber()) {
            return TextNode.valueOf(v.asText());
        }
        throw new IllegalArgumentException("Statement[" + index + "] Condition " + op + " " + key
                + " has a " + v.getNodeType().name().toLowerCase(Locale.ROOT) + " value, expected strings");
    }

    private static PolicyStatement statement(IamStatement s, boolean allow) {
        String sid = s.sid() == null || s.sid().isEmpty() ? null : s.sid();
        return new PolicyStatement(sid, allow,
                values(s.actions()), values(s.notActions()),
                values(s.resources()), values(s.notResources()),
                principals(s.principals()), principals(s.notPrincipals()),
                conditions(s.conditions()));
    }

    private static List<String> values(List<? extends IamValue> in) {
        List<String> out = new ArrayList<>(in.size());
        in.forEach(v -> out.add(v.value()));
        return out;
    }

    /** Groups principals by type; "Principal": "*" becomes {"*": ["*"]}. */
    private static Map<String, List<String>> principals(List<IamPrincipal> in) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (IamPrincipal p : in) {
            out.computeIfAbsent(p.type().value(), k -> new ArrayList<>()).add(p.id());
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return frozen;
    }

    /** One {@link Condition} per (operator, key), its values in document order. */
    private static List<Condition> conditions(List<IamCondition> in) {
        Map<List<String>, List<String>> grouped = new LinkedHashMap<>();
        for (IamCondition c : in) {
            grouped.computeIfAbsent(List.of(c.operator().value(), c.key().value()), k -> new ArrayList<>()).add(c.value());
        }
        List<Condition> out = new ArrayList<>();
        grouped.forEach((k, v) -> out.add(new Condition(k.get(0), k.get(1), v)));
        return out;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
