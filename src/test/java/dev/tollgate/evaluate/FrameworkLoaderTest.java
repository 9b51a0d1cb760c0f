package dev.tollgate.evaluate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled framework mappings ({@code rules/frameworks/*.yaml}) and the loader's validation. A problem in a
 * bundled mapping is a build bug: these tests are what catch it.
 */
class FrameworkLoaderTest {
    private static final Pattern RULE_ID = Pattern.compile("@id\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static List<Framework> bundled;
    private static List<RuleMeta> catalogue;

    @BeforeAll
    static void load() throws Exception {
        bundled = new FrameworkLoader().bundled();
        catalogue = bundledCatalogue();
    }

    /** The bundled rule ids, read from the DRL annotations (every rule's id is its {@code @id}). */
    static List<RuleMeta> bundledCatalogue() throws Exception {
        List<RuleMeta> out = new ArrayList<>();
        for (RuleSource s : RuleSource.bundled()) {
            Matcher m = RULE_ID.matcher(s.text());
            while (m.find()) {
                out.add(meta(m.group(1)));
            }
        }
        return out;
    }

    static RuleMeta meta(String id) {
        return new RuleMeta(id, id, id, Severity.HIGH, "AWS::EC2::SecurityGroup", List.of(), "d", "r", "rules/x.drl");
    }

    @Test
    void theFourBundledEditionsParse() {
        Map<String, Framework> byId = bundled.stream().collect(Collectors.toMap(Framework::id, f -> f));
        assertEquals(Set.of("pci-dss-4.0", "soc2-tsc-2017", "cis-aws-foundations-3.0", "aws-fsbp"), byId.keySet());
        Framework pci = byId.get("pci-dss-4.0");
        assertEquals("PCI DSS", pci.name());
        assertEquals("4.0", pci.version());
        assertEquals("rules/frameworks/pci-dss-4.0.yaml", pci.source());
        // the defined-approach requirements 1.1.1 ... 12.10.7 plus appendices A1 and A2
        assertEquals(260, pci.requirements().size());
        assertTrue(ids(pci).containsAll(List.of("1.1.1", "1.3.1", "3.3.1.1", "8.3.10.1", "9.5.1.2.1", "10.2.1.7",
                "11.5.1.1", "12.10.7", "A1.1.1", "A2.1.3")));
        Framework cis = byId.get("cis-aws-foundations-3.0");
        assertEquals(62, cis.requirements().size());
        assertTrue(ids(cis).containsAll(List.of("1.1", "1.10", "1.22", "2.1.4", "2.4.1", "3.9", "4.16", "5.6")));
        Framework soc2 = byId.get("soc2-tsc-2017");
        assertEquals(61, soc2.requirements().size());
        assertTrue(ids(soc2).containsAll(List.of("CC1.1", "CC6.6", "CC9.2", "A1.3", "C1.2", "PI1.5", "P8.1")));
        Framework fsbp = byId.get("aws-fsbp");
        assertTrue(ids(fsbp).containsAll(List.of("EC2.8", "EC2.19", "RDS.3", "S3.5", "ELB.1", "CloudFront.3",
                "WAF.10", "CloudTrail.1", "KMS.3", "SecretsManager.1", "ECS.8", "ElastiCache.5", "IAM.5", "ACM.1")));
        for (Framework f : bundled) {
            assertTrue(f.requirements().stream().anyMatch(Framework.Requirement::covered), f.id() + " covers nothing");
            assertTrue(f.requirements().stream().anyMatch(r -> !r.covered()), f.id() + ": uncovered ones must be listed");
            for (Framework.Requirement r : f.requirements()) {
                assertFalse(r.title().isBlank(), f.id() + " " + r.id());
                assertTrue(r.line() > 0, "line of " + f.id() + " " + r.id());
            }
        }
    }

    @Test
    void everyBundledRuleMapsToAtLeastOneRequirement() {
        assertFalse(catalogue.isEmpty());
        assertEquals(List.of(), FrameworkLoader.unmapped(bundled, catalogue),
                "every bundled rule must map to a requirement: add its id to rules/frameworks/*.yaml");
    }

    @Test
    void everyMappedRuleExistsInTheBundledCatalogue() throws Exception {
        FrameworkLoader.validate(bundled, catalogue);
        Set<String> known = new HashSet<>();
        catalogue.forEach(r -> known.add(r.id()));
        for (Framework f : bundled) {
            for (Framework.Requirement r : f.requirements()) {
                assertTrue(known.containsAll(r.rules()), f.id() + " " + r.id() + " maps unknown rules " + r.rules());
            }
        }
    }

    @Test
    void aMappedRuleMissingFromTheCatalogueIsReportedWithFileAndLine() throws Exception {
        Framework f = new FrameworkLoader().parse("x.yaml", """
                framework: X
                version: "1"
                id: x-1
                requirements:
                  - id: "1"
                    title: One
                    rules: [TG-NET-001]
                  - id: "2"
                    title: Two
                    rules: [TG-NOPE-999]
                """);
        FrameworkException e = assertThrows(FrameworkException.class,
                () -> FrameworkLoader.validate(List.of(f), List.of(meta("TG-NET-001"))));
        assertEquals("x.yaml:8: requirement 2 maps rule TG-NOPE-999, which is not in the rule catalogue", e.getMessage());
    }

    @Test
    void userRulesMayMapToNothing() throws Exception {
        List<RuleMeta> withUserRule = new ArrayList<>(catalogue);
        withUserRule.add(meta("ACME-NET-001"));
        FrameworkLoader.validate(bundled, withUserRule);
        assertEquals(List.of("ACME-NET-001"), FrameworkLoader.unmapped(bundled, withUserRule));
    }

    @Test
    void duplicateRequirementIdsAreRejected() {
        FrameworkException e = assertThrows(FrameworkException.class, () -> new FrameworkLoader().parse("d.yaml", """
                framework: X
                version: "1"
                id: x-1
                requirements:
                  - id: "1.2"
                    title: One
                    rules: []
                  - id: "1.2"
                    title: Again
                    rules: []
                """));
        assertEquals("d.yaml:8: duplicate requirement id \"1.2\" (first at line 5)", e.getMessage());
    }

    @Test
    void unquotedNumericIdsAreRejectedBecauseYamlReadsThemAsNumbers() {
        FrameworkException e = assertThrows(FrameworkException.class, () -> new FrameworkLoader().parse("n.yaml", """
                framework: X
                version: "1"
                id: x-1
                requirements:
                  - id: 1.10
                    title: Ten
                    rules: []
                """));
        assertTrue(e.getMessage().startsWith("n.yaml:5: requirement id 1.1 must be a quoted string"), e.getMessage());
    }

    @Test
    void malformedFilesReportFileAndLine() {
        FrameworkLoader loader = new FrameworkLoader();
        FrameworkException yaml = assertThrows(FrameworkException.class, () -> loader.parse("m.yaml", """
                framework: X
                version: "1"
                id: x-1
                requirements:
                  - id: "1"
                    title: [unclosed
                """));
        assertTrue(yaml.getMessage().matches("m\\.yaml:\\d+: malformed YAML: .*"), yaml.getMessage());
        FrameworkException key = assertThrows(FrameworkException.class, () -> loader.parse("k.yaml", """
                framework: X
                version: "1"
                id: x-1
                requirements:
                  - id: "1"
                    title: One
                    rule: [TG-NET-001]
                """));
        assertTrue(key.getMessage().startsWith("k.yaml:5: unknown key \"rule\" in a requirement"), key.getMessage());
        FrameworkException rules = assertThrows(FrameworkException.class, () -> loader.parse("r.yaml", """
                framework: X
                version: "1"
                id: x-1
                requirements:
                  - id: "1"
                    title: One
                """));
        assertTrue(rules.getMessage().startsWith("r.yaml:5: requirement 1: rules must be a list"), rules.getMessage());
        FrameworkException ruleId = assertThrows(FrameworkException.class, () -> loader.parse("i.yaml", """
                framework: X
                version: "1"
                id: x-1
                requirements:
                  - id: "1"
                    title: One
                    rules: [tg-net-001]
                """));
        assertTrue(ruleId.getMessage().startsWith("i.yaml:5: requirement 1: \"tg-net-001\" is not a rule id"),
                ruleId.getMessage());
        FrameworkException top = assertThrows(FrameworkException.class, () -> loader.parse("t.yaml", """
                framework: X
                version: "1"
                id: x-1
                controls: []
                requirements:
                  - id: "1"
                    title: One
                    rules: []
                """));
        assertTrue(top.getMessage().startsWith("t.yaml:4: unknown key \"controls\""), top.getMessage());
        FrameworkException missing = assertThrows(FrameworkException.class, () -> loader.parse("v.yaml", """
                framework: X
                id: x-1
                requirements:
                  - id: "1"
                    title: One
                    rules: []
                """));
        assertEquals("v.yaml:1: missing \"version\"", missing.getMessage());
    }

    @Test
    void aWellFormedFileKeepsOrderReasonAndDefaultTag() throws Exception {
        Framework f = new FrameworkLoader().parse("ok.yaml", """
                framework: Example
                version: "2.0"
                id: example-2.0
                requirements:
                  - id: "B"
                    title: Second letter first
                    rules: [TG-NET-002, TG-NET-001]
                  - {id: "A", title: "Flow style works too", rules: [], reason: Not checkable}
                """);
        assertEquals("EXAMPLE-2.0", f.tag());
        assertEquals(List.of("B", "A"), ids(f));
        assertEquals(List.of("TG-NET-002", "TG-NET-001"), f.requirements().get(0).rules());
        assertEquals(5, f.requirements().get(0).line());
        assertEquals(8, f.requirements().get(1).line());
        assertEquals("Not checkable", f.requirements().get(1).reason());
        assertEquals("example-2.0:B", f.ref(f.requirements().get(0)));
        assertEquals("EXAMPLE-2.0/B", f.tag(f.requirements().get(0)));
    }

    private static List<String> ids(Framework f) {
        return f.requirements().stream().map(Framework.Requirement::id).toList();
    }
}
