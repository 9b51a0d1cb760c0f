package dev.tollgate.evaluate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads and validates framework mapping files ({@code rules/frameworks/*.yaml}, one per framework edition):
 *
 * <pre>
 * framework: PCI DSS
 * version: "4.0"
 * id: pci-dss-4.0
 * tag: PCI-DSS-4.0                 # optional SARIF tag prefix (default: the id in upper case)
 * url: https://...                 # optional
 * requirements:
 *   - id: "1.3.1"
 *     title: Inbound traffic to the CDE is restricted
 *     rules: [TG-NET-001, TG-NET-002]
 *   - id: "12.10.1"
 *     title: An incident response plan exists
 *     rules: []                    # not covered: reported as such, never as passing
 *     reason: Organisational process, not visible in AWS configuration   # optional
 *   (a reason on a requirement that has rules says which part the rules check: reports show it as a scope note)
 * </pre>
 *
 * Problems are reported as {@code file:line: problem}: malformed YAML, unknown keys, missing fields, requirement
 * ids that are not quoted strings (YAML reads {@code 1.10} as the number 1.1), duplicate requirement ids, rule
 * ids of the wrong form, and (in {@link #validate}) mapped rules that are not in the rule catalogue.
 */
public final class FrameworkLoader {
    /** The folder under {@code rules/} holding the bundled mappings. */
    public static final String FOLDER = "frameworks";
    private static final Pattern FRAMEWORK_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private static final List<String> TOP_KEYS = List.of("framework", "version", "id", "tag", "url", "notes",
            "requirements");
    private static final List<String> REQUIREMENT_KEYS = List.of("id", "title", "rules", "reason");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** The bundled mappings, in file-name order; each parsed and checked on its own (not yet against rules). */
    public List<Framework> bundled() throws FrameworkException {
        Map<String, String> files;
        try {
            files = Bundled.read(FOLDER, ".yaml");
        } catch (IOException e) {
            throw new FrameworkException("rules/" + FOLDER, -1, "cannot read the bundled framework mappings: "
                    + e.getMessage());
        }
        List<Framework> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            Framework f = parse("rules/" + e.getKey(), e.getValue());
            String other = ids.put(f.id(), f.source());
            if (other != null) {
                throw new FrameworkException(f.source(), 1, "framework id \"" + f.id() + "\" is also used by " + other);
            }
            out.add(f);
        }
        return List.copyOf(out);
    }

    /** The bundled mappings, checked against the rule catalogue ({@link #validate}). */
    public List<Framework> bundled(Collection<RuleMeta> catalogue) throws FrameworkException {
        List<Framework> frameworks = bundled();
        validate(frameworks, catalogue);
        return frameworks;
    }

    /**
     * Every rule a mapping names must be in the catalogue (rules of user folders may map to nothing; that is
     * allowed, see {@link #unmapped}).
     */
    public static void validate(List<Framework> frameworks, Collection<RuleMeta> catalogue) throws FrameworkException {
        Set<String> known = new HashSet<>();
        catalogue.forEach(r -> known.add(r.id()));
        for (Framework f : frameworks) {
            for (Framework.Requirement r : f.requirements()) {
                for (String rule : r.rules()) {
                    if (!known.contains(rule)) {
                        throw new FrameworkException(f.source(), r.line(), "requirement " + r.id() + " maps rule "
                                + rule + ", which is not in the rule catalogue");
                    }
                }
            }
        }
    }

    /** Ids of catalogue rules that no requirement of any framework maps, sorted. */
    public static List<String> unmapped(List<Framework> frameworks, Collection<RuleMeta> catalogue) {
        Set<String> mapped = new HashSet<>();
        frameworks.forEach(f -> f.requirements().forEach(r -> mapped.addAll(r.rules())));
        Set<String> out = new TreeSet<>();
        catalogue.stream().map(RuleMeta::id).filter(id -> !mapped.contains(id)).forEach(out::add);
        return List.copyOf(out);
    }

    /** Parses one mapping file; {@code file} is what errors cite. */
    public Framework parse(String file, String text) throws FrameworkException {
        JsonNode root;
        Map<String, Integer> topLines = new LinkedHashMap<>();
        List<Integer> entryLines = new ArrayList<>();
        try {
            root = yaml.readTree(text);
            locate(text, topLines, entryLines);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new FrameworkException(file, l == null ? -1 : l.getLineNr(), "malformed YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new FrameworkException(file, -1, "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new FrameworkException(file, 1, "a framework mapping is a YAML mapping with framework, version, id "
                    + "and requirements");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!TOP_KEYS.contains(k)) {
                throw new FrameworkException(file, topLines.getOrDefault(k, -1), "unknown key \"" + k + "\" (expected "
                        + String.join(", ", TOP_KEYS) + ")");
            }
        }
        String name = text(file, root, "framework", topLines.getOrDefault("framework", 1), true);
        String version = text(file, root, "version", topLines.getOrDefault("version", 1), true);
        String id = text(file, root, "id", topLines.getOrDefault("id", 1), true);
        if (!FRAMEWORK_ID.matcher(id).matches()) {
            throw new FrameworkException(file, topLines.getOrDefault("id", 1), "framework id \"" + id
                    + "\" must be lower case letters, digits, dots and dashes (e.g. pci-dss-4.0)");
        }
        String tag = text(file, root, "tag", topLines.getOrDefault("tag", 1), false);
        String url = text(file, root, "url", topLines.getOrDefault("url", 1), false);
        JsonNode reqs = root.get("requirements");
        int reqsLine = topLines.getOrDefault("requirements", 1);
        if (reqs == null || !reqs.isArray() || reqs.isEmpty()) {
            throw new FrameworkException(file, reqsLine, "requirements must be a non-empty list");
        }
        List<Framework.Requirement> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < reqs.size(); i++) {
            JsonNode r = reqs.get(i);
            int line = i < entryLines.size() ? entryLines.get(i) : reqsLine;
            if (!r.isObject()) {
                throw new FrameworkException(file, line, "requirement entry " + (i + 1) + " is not a mapping with id, "
                        + "title and rules");
            }
            for (Iterator<String> it = r.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!REQUIREMENT_KEYS.contains(k)) {
                    throw new FrameworkException(file, line, "unknown key \"" + k + "\" in a requirement (expected "
                            + String.join(", ", REQUIREMENT_KEYS) + ")");
                }
            }
            JsonNode idNode = r.get("id");
            if (idNode == null || idNode.isNull()) {
                throw new FrameworkException(file, line, "requirement entry " + (i + 1) + " has no id");
            }
            if (!idNode.isTextual()) {
                throw new FrameworkException(file, line, "requirement id " + idNode + " must be a quoted string (YAML "
                        + "reads 1.10 as the number 1.1): write id: \"" + idNode.asText() + "\"");
            }
            String rid = idNode.asText().trim();
            if (rid.isEmpty()) {
                throw new FrameworkException(file, line, "requirement entry " + (i + 1) + " has an empty id");
            }
            Integer first = seen.putIfAbsent(rid, line);
            if (first != null) {
                throw new FrameworkException(file, line, "duplicate requirement id \"" + rid + "\" (first at line "
                        + first + ")");
            }
            String title = text(file, r, "title", line, true);
            JsonNode rulesNode = r.get("rules");
            if (rulesNode == null || !rulesNode.isArray()) {
                throw new FrameworkException(file, line, "requirement " + rid + ": rules must be a list of rule ids "
                        + "(rules: [] when no rule covers it)");
            }
            Set<String> rules = new LinkedHashSet<>();
            for (JsonNode rule : rulesNode) {
                String ruleId = rule.isTextual() ? rule.asText().trim() : null;
                if (ruleId == null || !RULE_ID.matcher(ruleId).matches()) {
                    throw new FrameworkException(file, line, "requirement " + rid + ": " + rule + " is not a rule id "
                            + "(e.g. TG-NET-001)");
                }
                if (!rules.add(ruleId)) {
                    throw new FrameworkException(file, line, "requirement " + rid + " lists rule " + ruleId + " twice");
                }
            }
            String reason = text(file, r, "reason", line, false);
            out.add(new Framework.Requirement(rid, title, List.copyOf(rules), reason, line));
        }
        return new Framework(id, name, version, tag == null ? id.toUpperCase(java.util.Locale.ROOT) : tag, url, file,
                out);
    }

    private static String text(String file, JsonNode node, String key, int line, boolean required)
            throws FrameworkException {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new FrameworkException(file, line, "missing \"" + key + "\"");
            }
            return null;
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw new FrameworkException(file, line, "\"" + key + "\" must be non-empty text");
        }
        return v.asText().trim();
    }

    /** Lines of the top-level keys and of each requirement entry, in order. */
    private void locate(String text, Map<String, Integer> topLines, List<Integer> entryLines) throws IOException {
        try (JsonParser p = yaml.getFactory().createParser(text)) {
            int depth = 0;
            boolean inRequirements = false;
            String topKey = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (t == JsonToken.START_ARRAY && depth == 2 && "requirements".equals(topKey)) {
                            inRequirements = true;
                        } else if (inRequirements && depth == 3) {
                            entryLines.add(p.currentTokenLocation().getLineNr());
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (depth == 2) {
                            inRequirements = false;
                        }
                        depth--;
                    }
                    case FIELD_NAME -> {
                        if (depth == 1) {
                            topKey = p.currentName();
                            topLines.putIfAbsent(topKey, p.currentTokenLocation().getLineNr());
                        }
                    }
                    default -> {
                        if (inRequirements && depth == 2) {
                            entryLines.add(p.currentTokenLocation().getLineNr()); // a scalar entry: reported as such
                        }
                    }
                }
            }
        }
    }
}
