package dev.tollgate.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The traceability table ({@code rules/traceability.yaml}): every requirement-like statement of the platform
 * documents, with the rules and profile keys that check it, or why nothing does. The documents themselves are not
 * in the repository (the table carries their text and line), so these tests check the table against what is: the
 * bundled rule catalogue, the parameter registry and the bundled profiles. They also keep
 * {@code docs/traceability.md}, the human rendering, in step:
 * {@code mvn -B -q test -Dtest=TraceabilityTest -Dtollgate.regenerate=true} rewrites it.
 *
 * <p>Each check is a function from the table to its problems; {@link #everyCheckCanFail()} feeds it a broken
 * table, so a check that could never fail would be noticed.
 */
class TraceabilityTest {
    static final Path TABLE = Path.of("rules/traceability.yaml");
    static final Path RENDERED = Path.of("docs/traceability.md");
    static final String REGENERATE = "mvn -B -q test -Dtest=TraceabilityTest -Dtollgate.regenerate=true";
    static final List<String> STATUSES = List.of("checked", "partial", "not-yet", "not-checkable");
    static final Set<String> ENTRY_FIELDS = Set.of("document", "line", "text", "context", "platform", "rules",
            "profileKeys", "checkedBy", "status", "reason");
    /**
     * What else than a rule may check a statement ({@code checkedBy}), and the profile keys it reads: the
     * {@code gate} verb checks the deployment calendar ({@link DeployCalendar#KEYS}) when a deployment is gated.
     */
    static final Map<String, Set<String>> CHECKERS = Map.of("gate", DeployCalendar.KEYS.keySet());
    static final Set<String> DOCUMENT_FIELDS = Set.of("lines", "platform", "title");

    /** One statement of a document. */
    record Entry(int index, String document, int line, String text, String context, String platform,
                 List<String> rules, List<String> profileKeys, String checkedBy, String status, String reason) {
        String where() {
            return document == null ? "entry #" + index : document + ":" + line;
        }
    }

    /** A platform document: its length, the profile it is encoded in, its title. */
    record Document(String name, int lines, String platform, String title) {
    }

    /** The parsed table and what was wrong with its shape. */
    record Table(Map<String, Document> documents, List<Entry> entries, List<String> shapeProblems) {
    }

    /** What the table is checked against. */
    record Known(Set<String> ruleIds, Set<String> declaredKeys, Map<String, Set<String>> profileValues) {
    }

    private static Table table;
    private static Known known;

    @BeforeAll
    static void load() throws Exception {
        table = parse(Files.readString(TABLE, StandardCharsets.UTF_8));
        Set<String> ids = new RuleLoader().load(RuleSource.bundled()).catalogue().stream()
                .map(RuleMeta::id).collect(Collectors.toCollection(TreeSet::new));
        ProfileLoader profiles = new ProfileLoader();
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (String name : profiles.bundledNames()) {
            if (!ProfileLoader.BASELINE.equals(name)) {
                values.put(name, profiles.load(name).params().keySet());
            }
        }
        known = new Known(ids, profiles.declared().keySet(), values);
    }

    // ------------------------------------------------------------------ the checks, each a list of problems

    static Table parse(String yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        List<String> problems = new ArrayList<>();
        Map<String, Document> documents = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add("the table is a mapping with documents: and entries:");
            return new Table(documents, entries, problems);
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!Set.of("documents", "entries").contains(k)) {
                problems.add("unknown top-level key " + k);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("documents").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> d = it.next();
            unknownFields(d.getValue(), DOCUMENT_FIELDS, "document " + d.getKey(), problems);
            documents.put(d.getKey(), new Document(d.getKey(), d.getValue().path("lines").asInt(0),
                    text(d.getValue(), "platform"), text(d.getValue(), "title")));
        }
        if (documents.isEmpty()) {
            problems.add("no documents: listed");
        }
        int i = 0;
        for (JsonNode n : root.path("entries")) {
            i++;
            Entry e = new Entry(i, text(n, "document"), n.path("line").asInt(0), text(n, "text"), text(n, "context"),
                    text(n, "platform"), strings(n.path("rules")), strings(n.path("profileKeys")), text(n, "checkedBy"),
                    text(n, "status"), text(n, "reason"));
            entries.add(e);
            unknownFields(n, ENTRY_FIELDS, e.where(), problems);
            for (String field : List.of("rules", "profileKeys")) {
                if (!n.path(field).isMissingNode() && !n.path(field).isArray()) {
                    problems.add(e.where() + ": " + field + " must be a list");
                }
            }
            if (!n.path("line").isInt()) {
                problems.add(e.where() + ": line must be a whole number");
            }
        }
        if (entries.isEmpty()) {
            problems.add("no entries:");
        }
        return new Table(documents, entries, problems);
    }

    /** Fields missing or malformed: document known, line inside it, text, status known, platform as the document's. */
    static List<String> shape(Table t) {
        List<String> out = new ArrayList<>(t.shapeProblems());
        for (Document d : t.documents().values()) {
            if (d.lines() <= 0 || d.platform() == null || d.title() == null) {
                out.add("document " + d.name() + " needs lines, platform and title");
            }
        }
        for (Entry e : t.entries()) {
            Document d = e.document() == null ? null : t.documents().get(e.document());
            if (d == null) {
                out.add(e.where() + ": document is not one of " + t.documents().keySet());
            } else {
                if (e.line() < 1 || e.line() > d.lines()) {
                    out.add(e.where() + ": line outside the document (1.." + d.lines() + ")");
                }
                if (e.platform() != null && !e.platform().equals(d.platform())) {
                    out.add(e.where() + ": platform " + e.platform() + ", but the document is encoded in " + d.platform());
                }
            }
            if (e.text() == null || e.text().isBlank()) {
                out.add(e.where() + ": no text (quote the statement)");
            }
            if (!STATUSES.contains(e.status())) {
                out.add(e.where() + ": status " + e.status() + " is not one of " + STATUSES);
            }
            if (e.checkedBy() != null) {
                Set<String> reads = CHECKERS.get(e.checkedBy());
                if (reads == null) {
                    out.add(e.where() + ": checkedBy " + e.checkedBy() + " is not one of " + new TreeSet<>(CHECKERS.keySet()));
                } else if (e.profileKeys().stream().noneMatch(reads::contains)) {
                    out.add(e.where() + ": checkedBy " + e.checkedBy() + " but none of the profile keys it reads "
                            + new TreeSet<>(reads));
                }
                if (!"checked".equals(e.status()) && !"partial".equals(e.status())) {
                    out.add(e.where() + ": checkedBy " + e.checkedBy() + " with status " + e.status()
                            + " (only checked or partial entries are checked by something)");
                }
            }
        }
        return out;
    }

    static List<String> unknownRules(Table t, Known k) {
        List<String> out = new ArrayList<>();
        for (Entry e : t.entries()) {
            for (String id : e.rules()) {
                if (!k.ruleIds().contains(id)) {
                    out.add(e.where() + ": rule " + id + " is not in the bundled catalogue");
                }
            }
        }
        return out;
    }

    static List<String> undeclaredKeys(Table t, Known k) {
        List<String> out = new ArrayList<>();
        for (Entry e : t.entries()) {
            for (String key : e.profileKeys()) {
                if (!k.declaredKeys().contains(key)) {
                    out.add(e.where() + ": profile key " + key + " is not declared in rules/profiles/parameters.yaml");
                }
            }
        }
        return out;
    }

    /** Checked or partial entries need a rule, or a {@code checkedBy} (the gate verb) that really checks them. */
    static List<String> checkedWithoutRule(Table t) {
        return t.entries().stream()
                .filter(e -> ("checked".equals(e.status()) || "partial".equals(e.status())) && e.rules().isEmpty()
                        && e.checkedBy() == null)
                .map(e -> e.where() + ": status " + e.status() + " but no rule (or checkedBy) checks it")
                .toList();
    }

    static List<String> missingReasons(Table t) {
        return t.entries().stream()
                .filter(e -> !"checked".equals(e.status()) && (e.reason() == null || e.reason().isBlank()))
                .map(e -> e.where() + ": status " + e.status() + " needs a reason")
                .toList();
    }

    static List<String> unknownPlatforms(Table t, Known k) {
        List<String> out = new ArrayList<>();
        for (Document d : t.documents().values()) {
            if (d.platform() != null && !k.profileValues().containsKey(d.platform())) {
                out.add("document " + d.name() + ": platform " + d.platform() + " is not a bundled profile "
                        + k.profileValues().keySet());
            }
        }
        for (Entry e : t.entries()) {
            if (e.platform() == null || !k.profileValues().containsKey(e.platform())) {
                out.add(e.where() + ": platform " + e.platform() + " is not a bundled profile " + k.profileValues().keySet());
            }
        }
        return out;
    }

    static List<String> duplicates(Table t) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (Entry e : t.entries()) {
            Integer first = seen.putIfAbsent(e.where(), e.index());
            if (first != null) {
                out.add(e.where() + " appears twice (entries #" + first + " and #" + e.index() + ")");
            }
        }
        return out;
    }

    /**
     * A checked or partial entry's profile keys must have a value in its platform's profile (set there, or a
     * baseline): a key without a value leaves the rules that read it silent, so nothing would be checked.
     */
    static List<String> keysWithoutValue(Table t, Known k) {
        List<String> out = new ArrayList<>();
        for (Entry e : t.entries()) {
            Set<String> values = k.profileValues().get(e.platform());
            if (values == null || !("checked".equals(e.status()) || "partial".equals(e.status()))) {
                continue;
            }
            for (String key : e.profileKeys()) {
                if (k.declaredKeys().contains(key) && !values.contains(key)) {
                    out.add(e.where() + ": " + e.status() + " through " + key + ", which profile " + e.platform()
                            + " does not set and which has no baseline");
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ the bundled table

    @Test
    void everyEntryIsWellFormed() {
        assertNoProblems("malformed entries", shape(table));
    }

    @Test
    void referencedRulesExist() {
        assertNoProblems("unknown rule ids", unknownRules(table, known));
    }

    @Test
    void referencedProfileKeysAreDeclared() {
        assertNoProblems("undeclared profile keys", undeclaredKeys(table, known));
    }

    @Test
    void checkedAndPartialEntriesNameARule() {
        assertNoProblems("checked or partial without a rule", checkedWithoutRule(table));
    }

    @Test
    void uncheckedAndPartialEntriesGiveAReason() {
        assertNoProblems("missing reasons", missingReasons(table));
    }

    @Test
    void platformsAreBundledProfiles() {
        assertNoProblems("unknown platforms", unknownPlatforms(table, known));
    }

    @Test
    void eachDocumentLineAppearsOnce() {
        assertNoProblems("duplicate document:line", duplicates(table));
    }

    @Test
    void checkedProfileKeysHaveAValueInThePlatformProfile() {
        assertNoProblems("profile keys without a value", keysWithoutValue(table, known));
    }

    @Test
    void everyDocumentHasEntries() {
        Set<String> covered = table.entries().stream().map(Entry::document).collect(Collectors.toSet());
        List<String> empty = table.documents().keySet().stream().filter(d -> !covered.contains(d)).toList();
        assertNoProblems("documents without entries", empty);
    }

    @Test
    void markdownRenderingIsCurrent() throws IOException {
        String expected = render(table);
        if (Boolean.getBoolean("tollgate.regenerate")) {
            Files.createDirectories(RENDERED.getParent());
            Files.writeString(RENDERED, expected, StandardCharsets.UTF_8);
            System.out.println("wrote " + RENDERED);
        }
        String actual = Files.isRegularFile(RENDERED) ? Files.readString(RENDERED, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            String[] a = actual.split("\n", -1);
            String[] b = expected.split("\n", -1);
            int line = 0;
            while (line < Math.min(a.length, b.length) && a[line].equals(b[line])) {
                line++;
            }
            fail(RENDERED + " is out of date with " + TABLE + " (first difference at line " + (line + 1)
                    + "); regenerate it with: " + REGENERATE);
        }
    }

    @Test
    void summary() {
        Map<String, Map<String, Integer>> counts = counts(table);
        StringBuilder out = new StringBuilder("traceability: " + table.entries().size() + " statements\n");
        counts.forEach((doc, byStatus) -> out.append(String.format("  %-32s %s%n", doc, byStatus)));
        System.out.print(out);
        assertFalse(counts.isEmpty());
        assertTrue(table.entries().stream().anyMatch(e -> "checked".equals(e.status())), "nothing is checked");
    }

    /** A deliberately broken table trips every check, so none of them passes vacuously. */
    @Test
    void everyCheckCanFail() throws IOException {
        Table broken = parse("""
                documents:
                  a.md: {lines: 10, platform: taskflow-production, title: A}
                entries:
                  - {document: a.md, line: 3, text: x, platform: taskflow-production, rules: [TG-NOPE-001],
                     profileKeys: [no.such.key], status: checked}
                  - {document: a.md, line: 3, text: y, platform: nowhere, status: partial}
                  - {document: a.md, line: 11, text: '', platform: taskflow-production, status: maybe, colour: red}
                  - {document: a.md, line: 4, text: z, platform: taskflow-production, rules: [TG-RES-009],
                     profileKeys: [rds.minReadReplicas], status: checked}
                  - {document: a.md, line: 5, text: g, platform: taskflow-production, checkedBy: robot,
                     profileKeys: [deploy.windows], status: checked}
                  - {document: a.md, line: 6, text: h, platform: taskflow-production, checkedBy: gate,
                     profileKeys: [rds.minReadReplicas], status: checked}
                  - {document: a.md, line: 7, text: i, platform: taskflow-production, checkedBy: gate,
                     profileKeys: [deploy.windows], status: checked}
                  - {document: a.md, line: 8, text: j, platform: taskflow-production, checkedBy: gate,
                     profileKeys: [deploy.windows], status: not-checkable, reason: x}
                """);
        Known k = new Known(Set.of("TG-RES-009"), Set.of("rds.minReadReplicas", "deploy.windows"),
                Map.of("taskflow-production", Set.of("deploy.windows")));
        assertFalse(shape(broken).isEmpty(), "shape");
        assertTrue(shape(broken).stream().anyMatch(p -> p.contains("line outside")), "line range");
        assertTrue(shape(broken).stream().anyMatch(p -> p.contains("unknown field colour")), "unknown field");
        assertTrue(shape(broken).stream().anyMatch(p -> p.contains("status maybe")), "status");
        assertTrue(shape(broken).stream().anyMatch(p -> p.contains("no text")), "text");
        assertTrue(shape(broken).stream().anyMatch(p -> p.contains("platform nowhere")), "platform per document");
        assertTrue(shape(broken).stream().anyMatch(p -> p.startsWith("a.md:5: checkedBy robot is not one of")),
                "unknown checker");
        assertTrue(shape(broken).stream().anyMatch(p -> p.startsWith("a.md:6: checkedBy gate but none of the "
                + "profile keys it reads")), "the gate reads only the deployment calendar");
        assertTrue(shape(broken).stream().noneMatch(p -> p.startsWith("a.md:7:")), "a well-formed gate entry");
        assertTrue(shape(broken).stream().anyMatch(p -> p.startsWith("a.md:8: checkedBy gate with status "
                + "not-checkable")), "checkedBy only when checked or partial");
        assertEquals(List.of("a.md:3: rule TG-NOPE-001 is not in the bundled catalogue"), unknownRules(broken, k));
        assertEquals(List.of("a.md:3: profile key no.such.key is not declared in rules/profiles/parameters.yaml"),
                undeclaredKeys(broken, k));
        assertEquals(List.of("a.md:3: status partial but no rule (or checkedBy) checks it"), checkedWithoutRule(broken));
        assertEquals(List.of("a.md:3: status partial needs a reason", "a.md:11: status maybe needs a reason"),
                missingReasons(broken));
        assertTrue(unknownPlatforms(broken, k).stream().anyMatch(p -> p.startsWith("a.md:3: platform nowhere")));
        assertEquals(List.of("a.md:3 appears twice (entries #1 and #2)"), duplicates(broken));
        assertEquals(List.of("a.md:4: checked through rds.minReadReplicas, which profile taskflow-production does "
                + "not set and which has no baseline", "a.md:6: checked through rds.minReadReplicas, which profile "
                + "taskflow-production does not set and which has no baseline"), keysWithoutValue(broken, k));
    }

    private static void assertNoProblems(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(TABLE + ": " + problems.size() + " " + what + ":\n  " + String.join("\n  ", problems));
        }
    }

    // ------------------------------------------------------------------ rendering

    static Map<String, Map<String, Integer>> counts(Table t) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String d : t.documents().keySet()) {
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            STATUSES.forEach(s -> byStatus.put(s, 0));
            out.put(d, byStatus);
        }
        for (Entry e : t.entries()) {
            if (out.containsKey(e.document()) && STATUSES.contains(e.status())) {
                out.get(e.document()).merge(e.status(), 1, Integer::sum);
            }
        }
        return out;
    }

    static String render(Table t) {
        StringBuilder md = new StringBuilder();
        md.append("# Traceability: platform documents to rules and profiles\n\n")
                .append("<!-- Generated from rules/traceability.yaml by TraceabilityTest. Do not edit by hand; regenerate with:\n")
                .append("     ").append(REGENERATE).append(" -->\n\n")
                .append("Every requirement-like statement of the five platform documents, the rules (`scanner rules list`)\n")
                .append("and environment-profile parameters (`rules/profiles/parameters.yaml`) that check it, or why nothing\n")
                .append("does. The documents are not part of this repository: each row quotes the statement and gives its\n")
                .append("document and line. Source of truth: [`rules/traceability.yaml`](../rules/traceability.yaml).\n\n")
                .append("| status | meaning |\n|---|---|\n")
                .append("| checked | the rules (or `scanner gate`, for the deployment calendar) check the statement as the environment profile reads it |\n")
                .append("| partial | the rules check part of it; the reason says which part is not checked |\n")
                .append("| not-yet | AWS configuration could show it, but no rule, fact or parameter does yet; the reason says what is needed (the rules listed check it once that is resolved) |\n")
                .append("| not-checkable | not visible in AWS configuration (organisation, process, application code, run-time metrics) |\n\n")
                .append("## Summary\n\n| document | profile | ");
        STATUSES.forEach(s -> md.append(s).append(" | "));
        md.append("total |\n|---|---|");
        STATUSES.forEach(s -> md.append("---:|"));
        md.append("---:|\n");
        Map<String, Integer> totals = new LinkedHashMap<>();
        counts(t).forEach((doc, byStatus) -> {
            md.append("| ").append(doc).append(" | ").append(t.documents().get(doc).platform()).append(" | ");
            int sum = 0;
            for (String s : STATUSES) {
                int n = byStatus.get(s);
                sum += n;
                totals.merge(s, n, Integer::sum);
                md.append(n).append(" | ");
            }
            md.append(sum).append(" |\n");
        });
        md.append("| **all** | | ");
        STATUSES.forEach(s -> md.append("**").append(totals.getOrDefault(s, 0)).append("** | "));
        md.append("**").append(t.entries().size()).append("** |\n");
        for (Document d : t.documents().values()) {
            md.append("\n## ").append(d.name()).append(": ").append(cell(d.title()))
                    .append("\n\nProfile: `").append(d.platform()).append("` (`--environment ").append(d.platform())
                    .append("`).\n\n| document:line | requirement | status | rules | profile keys | reason |\n")
                    .append("|---|---|---|---|---|---|\n");
            t.entries().stream().filter(e -> d.name().equals(e.document()))
                    .sorted(Comparator.comparingInt(Entry::line))
                    .forEach(e -> md.append("| ").append(e.document()).append(':').append(e.line()).append(" | ")
                            .append(cell(e.text()))
                            .append(e.context() == null ? "" : " <br>_" + cell(e.context()) + "_")
                            .append(" | ").append(e.status()).append(" | ")
                            .append(checkers(e)).append(" | ")
                            .append(e.profileKeys().stream().map(k -> "`" + k + "`").collect(Collectors.joining(", ")))
                            .append(" | ").append(e.reason() == null ? "" : cell(e.reason())).append(" |\n"));
        }
        return md.toString();
    }

    /** The rules column: the rule ids, then what else checks the entry ({@code checkedBy: gate}). */
    static String checkers(Entry e) {
        List<String> out = new ArrayList<>(e.rules());
        if ("gate".equals(e.checkedBy())) {
            out.add("`scanner gate`");
        }
        return String.join(", ", out);
    }

    /** Text as a Markdown table cell: literal (no emphasis, links, code or HTML from the documents' text). */
    static String cell(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.replace("\r", "").replace("\n", " ").toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '|', '*', '_', '`', '[', ']', '#', '~' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ YAML helpers

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    private static void unknownFields(JsonNode n, Set<String> allowed, String where, List<String> problems) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                problems.add(where + ": unknown field " + f + " (allowed: " + new TreeSet<>(allowed) + ")");
            }
        }
    }
}
