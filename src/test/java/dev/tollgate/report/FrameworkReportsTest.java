package dev.tollgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.evaluate.ScanResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The framework mappings in JSON (rules and per-framework results), SARIF (tags, properties) and HTML (matrix). */
class FrameworkReportsTest {
    private final ScanResult scan = ReportFixtures.hostile();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void jsonRulesCarryTheirRequirementRefsAndFrameworksTheirStatuses() throws Exception {
        JsonNode json = mapper.readTree(new JsonReporter().render(scan));
        Map<String, JsonNode> rules = new HashMap<>();
        json.get("rules").forEach(r -> rules.put(r.get("id").asText(), r));
        JsonNode net = rules.get("TG-NET-001");
        assertEquals("high", net.get("severity").asText(), "rule metadata stays at the top level of each entry");
        assertEquals(List.of("pci-dss-4.0:1.3.1", "cis-aws-foundations-3.0:5.2"), strings(net.get("frameworks")));
        assertEquals(List.of(), strings(rules.get("TG-IAM-004").get("frameworks")), "mapped nowhere: empty list");
        assertFalse(json.at("/findings/0").has("frameworks"), "findings do not repeat what their rule carries");

        JsonNode pci = json.at("/frameworks/0");
        assertEquals("pci-dss-4.0", pci.get("id").asText());
        assertEquals("PCI DSS", pci.get("name").asText());
        assertEquals(mapper.readTree("{\"requirements\":5,\"failing\":2,\"notAssessed\":1,\"passing\":1,\"notCovered\":1}"),
                pci.get("summary"));
        Map<String, String> status = new HashMap<>();
        pci.get("requirements").forEach(r -> status.put(r.get("id").asText(), r.get("status").asText()));
        assertEquals(Map.of("1.3.1", "FAILING", "10.5.1", "FAILING", "2.2.1", "PASSING", "3.5.1", "NOT_ASSESSED",
                "12.10.1", "NOT_COVERED"), status);
        JsonNode failing = pci.at("/requirements/0");
        assertEquals(2, failing.get("findings").intValue());
        assertEquals("TG-NET-001", failing.at("/rules/0/rule").asText());
        assertEquals(2, failing.at("/rules/0/findings").intValue());
        JsonNode uncovered = pci.at("/requirements/4");
        assertEquals(0, uncovered.get("rules").size());
        assertEquals("Organisational process " + ReportFixtures.IMG, uncovered.get("reason").asText());
    }

    @Test
    void sarifRulesCarryFrameworkTagsAndStructuredRefs() {
        JsonNode run = new SarifReporter().toSarif(scan).at("/runs/0");
        Map<String, JsonNode> rules = new HashMap<>();
        run.at("/tool/driver/rules").forEach(r -> rules.put(r.get("id").asText(), r));
        JsonNode tag = rules.get("TG-TAG-001");
        assertEquals(List.of("security", "AWS::EC2::Instance", "PCI-DSS-4.0/2.2.1", "CIS-AWS-3.0/5.2"),
                strings(tag.at("/properties/tags")));
        JsonNode ref = tag.at("/properties/frameworks/0");
        assertEquals("pci-dss-4.0", ref.get("framework").asText());
        assertEquals("PCI DSS", ref.get("name").asText());
        assertEquals("4.0", ref.get("version").asText());
        assertEquals("2.2.1", ref.get("requirement").asText());
        assertEquals("Configuration standards are applied", ref.get("title").asText());
        assertEquals("PCI-DSS-4.0/2.2.1", ref.get("tag").asText());
        assertTrue(rules.get("TG-IAM-004").at("/properties/frameworks").isMissingNode(), "no refs, no list");
        assertEquals(2, run.at("/properties/frameworks/0/summary/failing").intValue());
        assertEquals(1, run.at("/properties/frameworks/1/summary/notCovered").intValue());
    }

    @Test
    void htmlShowsAMatrixPerFrameworkAndNeverMarksUncoveredAsPassing() {
        String html = HtmlReporterTest.render(scan);
        assertTrue(html.contains("<section id=\"compliance\">"));
        assertTrue(html.contains("href=\"#compliance\""));
        assertTrue(html.contains("id=\"framework-pci-dss-4.0\""));
        assertTrue(html.contains("id=\"framework-cis-aws-foundations-3.0\""));
        assertTrue(html.contains("5 requirements:"));
        assertTrue(html.contains("<span class=\"count-not-covered\">1 not covered</span>"));
        List<String> rows = rows(html);
        assertEquals(7, rows.size(), "every requirement of both frameworks, covered or not");
        Map<String, String> byStatus = new HashMap<>();
        for (String row : rows) {
            String status = attr(row, "data-status");
            byStatus.put(attr(row, "data-requirement") + "/" + status, row);
            switch (status) {
                case "NOT_COVERED" -> {
                    assertTrue(row.contains("<span class=\"status status-not-covered\">NOT COVERED</span>"), row);
                    assertFalse(row.contains("status-passing"), "not covered is never shown as passing: " + row);
                    assertFalse(row.contains("PASSING"), row);
                }
                case "PASSING" -> assertTrue(row.contains("<span class=\"status status-passing\">PASSING</span>"), row);
                case "FAILING" -> assertTrue(row.contains("<span class=\"status status-failing\">FAILING</span>"), row);
                case "NOT_ASSESSED" -> assertTrue(
                        row.contains("<span class=\"status status-not-assessed\">NOT ASSESSED</span>"), row);
                default -> throw new AssertionError("unknown status " + status);
            }
        }
        assertTrue(byStatus.containsKey("12.10.1/NOT_COVERED"));
        assertTrue(byStatus.containsKey("1.1/NOT_COVERED"));
        assertTrue(byStatus.get("1.3.1/FAILING").contains("<code>TG-NET-001</code> (2, 0)"), "rule with its counts");
        assertTrue(byStatus.get("3.5.1/NOT_ASSESSED").contains("not run"));
        assertTrue(byStatus.get("1.1/NOT_COVERED").contains("no rule maps to it"));
        // a covered requirement's scope note says the rules check it only in part; uncovered rows have no note
        assertTrue(byStatus.get("2.2.1/PASSING").contains("<div class=\"muted scope-note\">Checked in part: owner tags only</div>"),
                byStatus.get("2.2.1/PASSING"));
        assertFalse(byStatus.get("12.10.1/NOT_COVERED").contains("scope-note"));
        // hostile text in a title and a reason is escaped like everything else
        assertTrue(byStatus.get("10.5.1/FAILING").contains("&#39; onmouseover=&#39;alert(2)"));
        assertTrue(byStatus.get("12.10.1/NOT_COVERED").contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertFalse(html.contains("<img"));
        // the CSS never paints not-covered green
        assertTrue(html.contains(".status-not-covered { background: #6e7781; }"));
    }

    private static List<String> rows(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<tr class=\"requirement [^>]*>.*?</tr>").matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String attr(String row, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(row);
        assertTrue(m.find(), name + " in " + row);
        return m.group(1);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
