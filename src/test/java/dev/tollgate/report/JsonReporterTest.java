package dev.tollgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.evaluate.ScanResult;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReporterTest {
    private final ScanResult scan = ReportFixtures.hostile();
    private final JsonNode json = parse(scan);

    private static JsonNode parse(ScanResult scan) {
        try {
            return new ObjectMapper().readTree(new JsonReporter().render(scan));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void hasSchemaVersionAndTool() {
        assertEquals(1, json.get("schemaVersion").intValue());
        assertEquals("tollgate", json.get("tool").asText());
        assertEquals("0.1.0", json.get("toolVersion").asText());
        assertEquals("payments-prod", json.at("/environment/name").asText());
    }

    @Test
    void summaryCountsAreComputed() {
        JsonNode s = json.get("summary");
        JsonNode bySeverity = s.get("findingsBySeverity");
        assertEquals(List.of("critical", "high", "medium", "low", "info"), fieldNames(bySeverity));
        assertEquals(1, bySeverity.get("critical").intValue());
        assertEquals(2, bySeverity.get("high").intValue());
        assertEquals(1, bySeverity.get("medium").intValue());
        assertEquals(1, bySeverity.get("low").intValue());
        assertEquals(1, bySeverity.get("info").intValue());
        assertEquals(6, s.get("findings").intValue());
        assertEquals(2, s.get("notAssessed").intValue());
        assertEquals(42, s.get("resources").intValue());
        assertEquals(5, s.get("rules").intValue());
    }

    @Test
    void severitiesAreLowercase() {
        assertEquals("high", json.at("/findings/0/severity").asText());
        assertEquals("critical", json.at("/rules/1/severity").asText());
        assertEquals("high", json.at("/gate/failOn").asText());
        for (JsonNode f : json.get("findings")) {
            String s = f.get("severity").asText();
            assertEquals(s.toLowerCase(), s);
        }
    }

    @Test
    void instantsAreIsoStrings() {
        assertTrue(json.get("asOf").isTextual());
        assertEquals(ReportFixtures.AS_OF, Instant.parse(json.get("asOf").asText()));
        assertEquals(ReportFixtures.CAPTURED_AT, Instant.parse(json.get("capturedAt").asText()));
    }

    @Test
    void everyScanResultFieldIsInTheJson() {
        for (RecordComponent c : ScanResult.class.getRecordComponents()) {
            if (c.getName().equals("deployment")) {
                assertFalse(json.has("deployment"), "only gate runs have a deployment object");
                assertTrue(parse(ReportFixtures.gated()).has("deployment"), "a gate run has it");
                continue;
            }
            assertTrue(json.has(c.getName()), "missing " + c.getName());
        }
        assertEquals(6, json.get("findings").size());
        assertEquals(2, json.get("notAssessed").size());
        assertTrue(json.at("/notAssessed/0/resourceArn").isNull(), "scope-level item keeps an explicit null");
        assertEquals(ReportFixtures.IMG, json.at("/findings/0/evidence/tag:Name").asText());
    }

    @Test
    void propertyOrderIsStableAndMapKeysSorted() {
        List<String> top = fieldNames(json);
        assertEquals(List.of("schemaVersion", "tool", "toolVersion", "asOf", "capturedAt", "environment", "inputs",
                "resourceCount", "summary", "gate", "rules", "findings", "notAssessed", "coverage", "frameworks"), top);
        assertEquals(List.of("ingress", "tag:Name", "tag:Owner"), fieldNames(json.at("/findings/0/evidence")));
    }

    @Test
    void deterministicPrettyUtf8() throws Exception {
        String first = new JsonReporter().render(scan);
        assertEquals(first, new JsonReporter().render(ReportFixtures.hostile()));
        assertTrue(first.startsWith("{\n  \"schemaVersion\": 1,\n"), first.substring(0, 40));
        assertFalse(first.contains("\r"));
        assertTrue(first.contains("älice"), "non-ASCII written as UTF-8 text");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aGateRunHasTheDeploymentObjectAfterTheGate() {
        JsonNode gated = parse(ReportFixtures.gated());
        List<String> fields = fieldNames(gated);
        assertEquals(fields.indexOf("gate") + 1, fields.indexOf("deployment"), fields.toString());
        JsonNode d = gated.get("deployment");
        assertEquals(List.of("at", "environment", "change", "allowed", "calendarAllows", "restricted", "reasons",
                "activeFreeze", "window", "windowEndsAt", "nextAllowedAt", "windows", "freezes", "override"),
                fieldNames(d));
        assertEquals("2026-11-26T11:00:00Z", d.get("at").asText());
        assertTrue(d.get("allowed").asBoolean());
        assertFalse(d.get("calendarAllows").asBoolean());
        assertEquals("Black Friday", d.at("/activeFreeze/name").asText());
        assertEquals("2026-12-01T00:00:00Z", d.at("/activeFreeze/endsAt").asText());
        assertEquals("INC-1 " + ReportFixtures.SCRIPT, d.at("/override/reason").asText());
        assertEquals("Jane Doe", d.at("/override/approvedBy").asText());
    }
}
