package dev.tollgate.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tollgate.collect.FactCodec;
import dev.tollgate.evaluate.Evaluation;
import dev.tollgate.evaluate.Evaluator;
import dev.tollgate.evaluate.Finding;
import dev.tollgate.evaluate.NotAssessed;
import dev.tollgate.evaluate.Profile;
import dev.tollgate.evaluate.ProfileLoader;
import dev.tollgate.evaluate.RuleLoader;
import dev.tollgate.evaluate.RuleMeta;
import dev.tollgate.evaluate.RuleSet;
import dev.tollgate.evaluate.RuleSource;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Data fixtures for every rule: {@code src/test/resources/rules/<RULE-ID>.yaml}. Each case gives facts
 * (snapshot JSON form, with fixture-level defaults for account and region), optional profile parameters,
 * what was collected, and the exact set of ARNs the rule must flag, or that it must report the scope as
 * not assessed. Every rule needs a case it flags, a case with resources it leaves alone, and a
 * not-collected case.
 * <pre>
 * rule: TG-NET-001
 * defaults: {account: "111122223333", region: us-east-1}
 * cases:
 *   - name: SSH open to the world
 *     params: {network.adminPorts: ["22"]}      # optional profile parameters
 *     asOf: 2026-11-20T00:00:00Z                  # optional (default 2026-11-20T00:00:00Z)
 *     collected: [AWS::EC2::SecurityGroup]        # optional (default: the rule's required types)
 *     facts: [{kind: SecurityGroup, arn: ..., ...}]
 *     flagged: [arn:...]                          # exact
 *   - name: nothing collected
 *     collected: []
 *     facts: []
 *     notAssessed: true
 * </pre>
 */
class RuleFixturesTest {
    static final Path DIR = Path.of("src/test/resources/rules");
    static final Instant DEFAULT_AS_OF = Instant.parse("2026-11-20T00:00:00Z");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final FactCodec CODEC = new FactCodec();

    static RuleSet rules;
    static ProfileLoader profiles;

    @BeforeAll
    static void load() throws Exception {
        rules = new RuleLoader().load(RuleSource.bundled());
        profiles = new ProfileLoader();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : fixtureFiles()) {
            JsonNode root = YAML.readTree(file.toFile());
            String ruleId = root.path("rule").asText();
            for (JsonNode c : root.path("cases")) {
                tests.add(DynamicTest.dynamicTest(ruleId + ": " + c.path("name").asText(),
                        () -> runCase(file, root, c)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasFlaggedCleanAndNotCollectedCases() throws IOException {
        Set<String> problems = new TreeSet<>();
        Set<String> ids = rules.catalogue().stream().map(RuleMeta::id).collect(Collectors.toSet());
        Set<String> seen = new LinkedHashSet<>();
        for (Path file : fixtureFiles()) {
            JsonNode root = YAML.readTree(file.toFile());
            String id = root.path("rule").asText();
            if (!ids.contains(id)) {
                problems.add(file + ": rule " + id + " does not exist");
                continue;
            }
            if (!file.getFileName().toString().equals(id + ".yaml")) {
                problems.add(file + ": must be named " + id + ".yaml");
            }
            seen.add(id);
            boolean flags = false;
            boolean clean = false;
            boolean notCollected = false;
            for (JsonNode c : root.path("cases")) {
                if (c.path("notAssessed").asBoolean(false)) {
                    notCollected = true;
                } else if (c.path("flagged").size() > 0) {
                    flags = true;
                } else if (c.path("facts").size() > 0) {
                    clean = true;
                }
            }
            if (!flags) {
                problems.add(id + ": no case that the rule flags");
            }
            if (!clean) {
                problems.add(id + ": no case with resources the rule leaves alone");
            }
            if (!notCollected) {
                problems.add(id + ": no not-collected case");
            }
        }
        for (String id : ids) {
            if (!seen.contains(id)) {
                problems.add(id + ": no fixture file " + DIR.resolve(id + ".yaml"));
            }
        }
        assertTrue(problems.isEmpty(), "fixture problems:\n  " + String.join("\n  ", problems));
    }

    private static List<Path> fixtureFiles() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private void runCase(Path file, JsonNode root, JsonNode c) throws Exception {
        String ruleId = root.path("rule").asText();
        RuleMeta rule = rules.catalogue().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(file + ": no rule " + ruleId));
        JsonNode defaults = root.path("defaults");
        List<Resource> facts = new ArrayList<>();
        for (JsonNode f : c.path("facts")) {
            ObjectNode node = ((ObjectNode) f).deepCopy();
            for (Iterator<Map.Entry<String, JsonNode>> it = defaults.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> d = it.next();
                if (!node.has(d.getKey())) {
                    node.set(d.getKey(), d.getValue());
                }
            }
            facts.add(CODEC.decode(node));
        }
        List<String> collected = new ArrayList<>();
        if (c.has("collected")) {
            c.path("collected").forEach(t -> collected.add(t.asText()));
        } else {
            collected.addAll(rule.requires());
            facts.forEach(r -> collected.add(r.resourceType()));
        }
        String account = defaults.path("account").asText("111122223333");
        String region = defaults.path("region").asText("us-east-1");
        Set<Coverage> coverage = new LinkedHashSet<>();
        Set<List<String>> scopes = new LinkedHashSet<>();
        scopes.add(List.of(account, region));
        facts.forEach(r -> scopes.add(List.of(r.account(), FactTypes.global(r.resourceType()) ? region : r.region())));
        for (String type : collected) {
            for (List<String> s : scopes) {
                coverage.add(Coverage.collected(s.get(0), FactTypes.global(type) ? FactTypes.GLOBAL : s.get(1), type,
                        "fixture"));
            }
        }
        if (c.has("collected") && collected.isEmpty()) {
            // nothing collected: still name the scope, so the gap is attributable
            coverage.add(new Coverage(account, region, "AWS::Config::ResourceCompliance", Coverage.State.NOT_COLLECTED,
                    "fixture", null));
        }
        StringBuilder profileYaml = new StringBuilder("name: fixture\nparameters:\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = c.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            profileYaml.append("  ").append(p.getKey()).append(": ").append(p.getValue().toString()).append('\n');
        }
        Profile profile = profiles.parse(file + " params", profileYaml.toString());
        Instant asOf = c.has("asOf") ? Instant.parse(c.get("asOf").asText()) : DEFAULT_AS_OF;
        Snapshot snapshot = new Snapshot(asOf, "fixture", List.of(file.toString()), facts, new ArrayList<>(coverage));
        Evaluation e = new Evaluator().evaluate(rules, snapshot, profile, asOf);

        Set<String> flagged = e.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::resourceArn)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>();
        c.path("flagged").forEach(a -> expected.add(a.asText()));
        assertEquals(expected, flagged, "flagged ARNs");
        List<NotAssessed> gaps = e.notAssessed().stream().filter(n -> n.ruleId().equals(ruleId)).toList();
        if (c.path("notAssessed").asBoolean(false)) {
            assertFalse(gaps.isEmpty(), "rule must report the scope as not assessed");
            assertTrue(flagged.isEmpty(), "a rule must stay silent on what was not collected");
        } else if (c.has("notAssessedArns")) {
            Set<String> expectedGaps = new TreeSet<>();
            c.path("notAssessedArns").forEach(a -> expectedGaps.add(a.asText()));
            Set<String> actualGaps = gaps.stream().map(NotAssessed::resourceArn).filter(a -> a != null)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expectedGaps, actualGaps, "not-assessed resources");
        } else if (!gaps.isEmpty() && c.has("flagged")) {
            fail("unexpected not-assessed entries: " + gaps);
        }
        for (Finding f : e.findings()) {
            assertFalse(f.message() == null || f.message().isBlank(), "finding without message: " + f);
        }
    }
}
