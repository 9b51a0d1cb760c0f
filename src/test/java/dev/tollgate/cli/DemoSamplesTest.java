package dev.tollgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code demo --sample} scans the other bundled samples with their profiles. */
class DemoSamplesTest {
    @TempDir
    Path tmp;

    @Test
    void demoScansTheShopFlowSampleWithItsProfile() {
        Path out = tmp.resolve("shopflow");
        CliTest.Run r = CliTest.run("demo", "--sample", "shopflow-production", "--out", out.toString());
        assertEquals(ExitCode.PASS, r.code(), r.err());
        assertTrue(r.out().contains("Demo: scanning the bundled shopflow-production sample"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("tollgate ")
                && l.contains("environment shopflow-production,")), r.out());
        assertTrue(Files.exists(out.resolve("tollgate.json")), "report written");
    }

    @Test
    void demoReadsEveryInputFileOfTheSampleFolder() throws Exception {
        Path folder = Path.of("src/main/resources/tollgate/samples/shopflow-production");
        List<String> expected;
        try (Stream<Path> files = Files.list(folder)) {
            expected = files.map(f -> f.getFileName().toString()).filter(n -> !n.endsWith(".md")).sorted().toList();
        }
        assertTrue(expected.contains("route53-record-sets.json"), "a sample input beyond the Config snapshot: " + expected);
        Path out = tmp.resolve("all");
        CliTest.Run r = CliTest.run("demo", "--sample", "shopflow-production", "--format", "json", "--out", out.toString());
        assertEquals(ExitCode.PASS, r.code(), r.err());
        for (String f : expected) {
            assertTrue(r.out().contains(f), "demo names " + f + ": " + r.out());
        }
        JsonNode report = new ObjectMapper().readTree(out.resolve("tollgate.json").toFile());
        List<String> rules = report.get("findings").findValuesAsText("ruleId");
        assertTrue(rules.contains("TG-DNS-001"), "a finding that only the Route 53 listing can produce: " + rules);
    }

    @Test
    void unknownSampleIsAUsageError() {
        CliTest.Run r = CliTest.run("demo", "--sample", "nosuch-production", "--out", tmp.resolve("x").toString());
        CliTest.assertOneLineError(r, "--sample", "nosuch-production");
    }
}
