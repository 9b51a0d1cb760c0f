package dev.tollgate.evaluate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.tollgate.model.Param;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Loads environment profiles (YAML): bundled ones by name ({@code rules/profiles/NAME.yaml}) or any
 * file by path. Every parameter must be declared in {@code rules/profiles/parameters.yaml} with its
 * type (number, text, flag, list) and baseline value; the baseline profile is those values alone.
 * A profile names its parameters under {@code parameters:}; values it does not set keep the baseline.
 * List entries are checked for their format when the registry declares one ({@code itemPattern}/{@code itemForm}),
 * and the richer formats (deployment calendar, documented alarms and scaling policies, backup schedules) by the
 * code that reads them.
 */
public final class ProfileLoader {
    public static final String BASELINE = "baseline";
    private static final String ROOT = Bundled.ROOT + "/profiles/";
    private static final String REGISTRY = "parameters.yaml";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Map<String, Declared> declared;

    /**
     * A declared parameter: its type and baseline value, and for lists whose entries have a structure
     * ({@code "SERVICE-GLOB=N"}) the entry format: {@code itemPattern} (a regular expression every entry must
     * match) and {@code itemForm} (how the format is shown in error messages); both null when entries are free.
     */
    public record Declared(String key, String type, JsonNode baseline, String description, Pattern itemPattern,
                           String itemForm) {
        /** Why {@code item} is not a well-formed entry of this list, or null. */
        String itemProblem(String item) {
            if (itemPattern != null && !itemPattern.matcher(item).matches()) {
                return "expected " + itemForm;
            }
            return ITEM_FORMATS.stream().map(f -> f.apply(key, item)).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null);
        }
    }

    /** Entry formats too rich for a pattern, checked by the code that reads them: (key, entry) -> problem or null. */
    private static final List<java.util.function.BiFunction<String, String, String>> ITEM_FORMATS = List.of(
            DeployCalendar::problem, dev.tollgate.model.AlarmSpec::formatProblem,
            dev.tollgate.model.BackupSchedules::formatProblem);

    public ProfileLoader() throws ProfileException {
        this.declared = readRegistry();
    }

    /** The declared parameters, by key. */
    public Map<String, Declared> declared() {
        return declared;
    }

    /** Names of the bundled profiles (plus {@code baseline}), sorted. */
    public List<String> bundledNames() throws IOException {
        List<String> names = new ArrayList<>();
        for (String rel : Bundled.read("profiles", ".yaml").keySet()) {
            String file = rel.substring(rel.lastIndexOf('/') + 1);
            if (!file.equals(REGISTRY)) {
                names.add(file.substring(0, file.length() - ".yaml".length()));
            }
        }
        names.add(BASELINE);
        return names.stream().sorted().distinct().toList();
    }

    /** A bundled profile by name, or a YAML file by path. Null or "baseline" gives the baseline. */
    public Profile load(String nameOrFile) throws ProfileException {
        if (nameOrFile == null || BASELINE.equals(nameOrFile)) {
            return build(BASELINE, "Plain security baseline (no environment documentation)", null,
                    List.of(), List.of(), Map.of());
        }
        String display;
        String text;
        try (InputStream in = resource(ROOT + nameOrFile + ".yaml")) {
            if (in != null && !nameOrFile.contains("/") && !nameOrFile.contains("\\")) {
                display = "rules/profiles/" + nameOrFile + ".yaml";
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                Path p = Path.of(nameOrFile);
                if (!Files.isRegularFile(p)) {
                    throw new ProfileException(nameOrFile, -1, "no such environment profile: not a bundled name "
                            + "and not a file (bundled: " + String.join(", ", bundledNamesQuietly()) + ")");
                }
                display = p.toString();
                text = Files.readString(p, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new ProfileException(nameOrFile, -1, "cannot read: " + e.getMessage());
        }
        return parse(display, text);
    }

    /** Parses profile YAML text; {@code file} is what errors cite. */
    public Profile parse(String file, String text) throws ProfileException {
        JsonNode root;
        Map<String, Integer> lines = new LinkedHashMap<>();
        try {
            root = yaml.readTree(text);
            recordLines(text, lines);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new ProfileException(file, l == null ? -1 : l.getLineNr(), "malformed YAML: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProfileException(file, -1, "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ProfileException(file, 1, "a profile is a YAML mapping with name, description and parameters");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!List.of("name", "description", "source", "scope", "parameters", "notes").contains(k)) {
                throw new ProfileException(file, lines.getOrDefault(k, -1), "unknown top-level key \"" + k
                        + "\" (expected name, description, source, scope, parameters, notes)");
            }
        }
        String name = root.path("name").asText(null);
        if (name == null || name.isBlank()) {
            throw new ProfileException(file, 1, "the profile has no name");
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        JsonNode params = root.path("parameters");
        if (!params.isMissingNode() && !params.isNull() && !params.isObject()) {
            throw new ProfileException(file, lines.getOrDefault("parameters", -1), "parameters must be a mapping");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            values.put(e.getKey(), e.getValue());
            int line = lines.getOrDefault(e.getKey(), -1);
            Declared d = declared.get(e.getKey());
            if (d == null) {
                throw new ProfileException(file, line, "unknown parameter \"" + e.getKey()
                        + "\" (declared in rules/profiles/parameters.yaml: " + String.join(", ", new TreeMap<>(declared).keySet()) + ")");
            }
            String problem = typeProblem(d, e.getValue());
            if (problem != null) {
                throw new ProfileException(file, line, "parameter \"" + e.getKey() + "\": " + problem);
            }
            for (JsonNode item : e.getValue().isArray() ? e.getValue() : List.<JsonNode>of()) {
                String format = d.itemProblem(item.asText());
                if (format != null) {
                    throw new ProfileException(file, line, "parameter \"" + e.getKey() + "\": \"" + item.asText()
                            + "\": " + format);
                }
            }
        }
        JsonNode scope = root.path("scope");
        return build(name, root.path("description").asText(""), root.path("source").asText(null),
                strings(scope.path("accounts")), strings(scope.path("regions")), values);
    }

    private Profile build(String name, String description, String source, List<String> accounts,
                          List<String> regions, Map<String, JsonNode> overrides) {
        Map<String, Param> params = new LinkedHashMap<>();
        for (Declared d : declared.values()) {
            JsonNode v = overrides.getOrDefault(d.key(), d.baseline());
            if (v == null || v.isNull() || v.isMissingNode()) {
                continue; // not set and no baseline: rules that need it stay silent
            }
            params.put(d.key(), toParam(d, v));
        }
        return new Profile(name, description, source, accounts, regions, params);
    }

    private static Param toParam(Declared d, JsonNode v) {
        return switch (d.type()) {
            case "number" -> new Param(d.key(), v.asDouble(), null, null, List.of());
            case "flag" -> new Param(d.key(), null, null, v.asBoolean(), List.of());
            case "list" -> new Param(d.key(), null, null, null, strings(v));
            default -> new Param(d.key(), null, v.asText(), null, List.of());
        };
    }

    private static String typeProblem(Declared d, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        return switch (d.type()) {
            case "number" -> v.isNumber() ? null : "expected a number, got " + v;
            case "flag" -> v.isBoolean() ? null : "expected true or false, got " + v;
            case "list" -> v.isArray() && allScalar(v) ? null : "expected a list of values, got " + v;
            default -> v.isValueNode() ? null : "expected text, got " + v;
        };
    }

    private static boolean allScalar(JsonNode v) {
        for (JsonNode e : v) {
            if (!e.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> strings(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(e -> out.add(e.asText()));
        } else if (v.isValueNode() && !v.isNull()) {
            out.add(v.asText());
        }
        return out;
    }

    private Map<String, Declared> readRegistry() throws ProfileException {
        String file = "rules/profiles/" + REGISTRY;
        try (InputStream in = resource(ROOT + REGISTRY)) {
            if (in == null) {
                throw new ProfileException(file, -1, "parameter registry missing from the build");
            }
            JsonNode root = yaml.readTree(in);
            Map<String, Declared> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("parameters").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String type = e.getValue().path("type").asText("");
                if (!List.of("number", "text", "flag", "list").contains(type)) {
                    throw new ProfileException(file, -1, "parameter " + e.getKey() + ": type must be number, text, flag or list");
                }
                String pattern = e.getValue().path("itemPattern").asText(null);
                String form = e.getValue().path("itemForm").asText(null);
                if ((pattern == null) != (form == null) || (pattern != null && !type.equals("list"))) {
                    throw new ProfileException(file, -1, "parameter " + e.getKey()
                            + ": itemPattern and itemForm go together, on list parameters only");
                }
                Pattern compiled;
                try {
                    compiled = pattern == null ? null : Pattern.compile(pattern);
                } catch (java.util.regex.PatternSyntaxException x) {
                    throw new ProfileException(file, -1, "parameter " + e.getKey() + ": itemPattern: " + x.getDescription());
                }
                Declared d = new Declared(e.getKey(), type, e.getValue().get("baseline"),
                        e.getValue().path("description").asText(""), compiled, form);
                String problem = d.baseline() == null ? null : typeProblem(d, d.baseline());
                for (JsonNode item : problem == null && d.baseline() != null && d.baseline().isArray()
                        ? d.baseline() : List.<JsonNode>of()) {
                    String p = d.itemProblem(item.asText());
                    problem = problem != null || p == null ? problem : "\"" + item.asText() + "\": " + p;
                }
                if (problem != null) {
                    throw new ProfileException(file, -1, "parameter " + e.getKey() + " baseline: " + problem);
                }
                out.put(e.getKey(), d);
            }
            return java.util.Collections.unmodifiableMap(out);
        } catch (JsonProcessingException e) {
            throw new ProfileException(file, e.getLocation() == null ? -1 : e.getLocation().getLineNr(),
                    "malformed YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ProfileException(file, -1, "cannot read: " + e.getMessage());
        }
    }

    /** Line numbers of mapping keys, for error messages (first occurrence of each key). */
    private void recordLines(String text, Map<String, Integer> lines) throws IOException {
        try (YAMLParser p = (YAMLParser) yaml.getFactory().createParser(text)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(p.currentName(), p.currentLocation().getLineNr());
                }
            }
        }
    }

    private List<String> bundledNamesQuietly() {
        try {
            return bundledNames();
        } catch (IOException e) {
            return List.of(BASELINE);
        }
    }

    private static InputStream resource(String path) {
        return ProfileLoader.class.getClassLoader().getResourceAsStream(path);
    }
}
