package dev.tollgate.samples;

import dev.tollgate.collect.InputReader;
import dev.tollgate.evaluate.Evaluation;
import dev.tollgate.evaluate.Evaluator;
import dev.tollgate.evaluate.ProfileLoader;
import dev.tollgate.evaluate.RuleLoader;
import dev.tollgate.evaluate.RuleSet;
import dev.tollgate.evaluate.RuleSource;
import dev.tollgate.model.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each bundled sample environment (src/main/resources/tollgate/samples/PLATFORM/) scanned by the real pipeline with
 * its profile must produce exactly the findings listed in src/test/resources/samples/PLATFORM.expected.tsv: this
 * catches rule interactions and false positives that per-rule fixtures cannot. The same file lists resources that
 * comply with everything ({@code #compliant<TAB>ARN}) and the exact not-assessed set
 * ({@code #not-assessed<TAB>RULE-ID<TAB>RESOURCE-TYPE}). Why each finding is expected is explained in the sample's
 * EXPECTED.md.
 */
class SampleEnvironmentsTest {
    static RuleSet rules;

    @BeforeAll
    static void loadRules() throws Exception {
        rules = new RuleLoader().load(RuleSource.bundled());
    }

    record Expected(Set<String> findings, Set<String> compliant, Set<String> notAssessed) {
    }

    static Expected expected(String platform) throws IOException {
        String name = "/samples/" + platform + ".expected.tsv";
        Set<String> findings = new TreeSet<>();
        Set<String> compliant = new TreeSet<>();
        Set<String> notAssessed = new TreeSet<>();
        try (InputStream in = SampleEnvironmentsTest.class.getResourceAsStream(name)) {
            assertNotNull(in, "missing " + name);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[0].equals("#compliant") && f.length == 2) {
                    compliant.add(f[1]);
                } else if (f[0].equals("#not-assessed") && f.length == 3) {
                    notAssessed.add(f[1] + "\t" + f[2]);
                } else if (!line.startsWith("#") && f.length == 2) {
                    findings.add(f[0] + "\t" + f[1]);
                } else if (!line.startsWith("# ") && !line.equals("#")) {
                    fail(name + ": malformed line '" + line + "'");
                }
            }
        }
        return new Expected(findings, compliant, notAssessed);
    }

    static Path sampleFolder(String platform) throws URISyntaxException {
        var url = SampleEnvironmentsTest.class.getResource("/tollgate/samples/" + platform + "/config-snapshot.json");
        assertNotNull(url, "sample " + platform + " is not on the class path");
        return Path.of(url.toURI()).getParent();
    }

    static String difference(String what, Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        StringBuilder sb = new StringBuilder(what + " differ from the expected file");
        sb.append("\n  missing (expected, not produced): ").append(missing.isEmpty() ? "none" : "");
        missing.forEach(m -> sb.append("\n    ").append(m));
        sb.append("\n  unexpected (produced, not expected): ").append(unexpected.isEmpty() ? "none" : "");
        unexpected.forEach(u -> sb.append("\n    ").append(u));
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"taskflow-production", "shopflow-production", "wedsync-production"})
    void sampleProducesExactlyTheExpectedFindings(String platform) throws Exception {
        Expected exp = expected(platform);
        assertFalse(exp.findings().isEmpty(), platform + ": the expected file lists no findings");
        assertFalse(exp.compliant().isEmpty(), platform + ": the expected file lists no compliant resources");

        Snapshot snapshot = new InputReader().read(List.of(sampleFolder(platform)), null);
        Evaluation e = new Evaluator().evaluate(rules, snapshot, new ProfileLoader().load(platform),
                snapshot.capturedAt());

        Set<String> actual = new TreeSet<>();
        e.findings().forEach(f -> actual.add(f.ruleId() + "\t" + f.resourceArn()));
        Set<String> notAssessed = new TreeSet<>();
        e.notAssessed().forEach(n -> notAssessed.add(n.ruleId() + "\t" + n.resourceType()));

        List<String> problems = new ArrayList<>();
        if (!actual.equals(exp.findings())) {
            problems.add(difference(platform + ": findings (rule, ARN)", exp.findings(), actual));
        }
        List<String> flaggedCompliant = new ArrayList<>();
        e.findings().forEach(f -> {
            if (exp.compliant().contains(f.resourceArn())) {
                flaggedCompliant.add(f.ruleId() + " " + f.resourceArn() + ": " + f.message());
            }
        });
        if (!flaggedCompliant.isEmpty()) {
            problems.add(platform + ": resources listed as compliant were flagged:\n    "
                    + String.join("\n    ", flaggedCompliant));
        }
        if (!notAssessed.equals(exp.notAssessed())) {
            problems.add(difference(platform + ": not-assessed items (rule, resource type)", exp.notAssessed(),
                    notAssessed));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
