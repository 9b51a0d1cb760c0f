package dev.tollgate.report;

import dev.tollgate.evaluate.ScanResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReporterTest {
    private final ScanResult scan = ReportFixtures.hostile();
    private final String html = render(scan);

    static String render(ScanResult scan) {
        try {
            return new HtmlReporter().render(scan);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void hostileTextIsEscaped() {
        assertFalse(html.contains(ReportFixtures.SCRIPT), "raw <script> from AWS data");
        assertFalse(html.contains("<img"), "injected element");
        assertFalse(html.contains(ReportFixtures.ATTR), "raw quote breaking out of an attribute");
        assertTrue(html.contains(ReportFixtures.SCRIPT_ESCAPED));
        assertTrue(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(html.contains("&#39; onmouseover=&#39;alert(2)"));
        assertEquals(1, count(html, "<script"), "only the report's own script");
        assertEquals(7, count(html, ReportFixtures.SCRIPT_ESCAPED), "resource name, message, evidence key, "
                + "not-assessed reason, coverage detail, input, environment description");
    }

    @Test
    void loadsNothingFromTheNetwork() {
        Matcher m = Pattern.compile("(?i)\\b(src|href|action|srcset|poster|data|xlink:href)\\s*=\\s*\"([^\"]*)\"")
                .matcher(html);
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(m.group(2).startsWith("#"), "only in-page links: " + m.group());
        }
        assertTrue(links > 0, "the nav links were seen");
        assertFalse(Pattern.compile("(?i)url\\s*\\(|@import|<link|<iframe|<object|<embed").matcher(html).find());
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"));
    }

    @Test
    void headerAndGate() {
        assertTrue(html.contains("tollgate 0.1.0"));
        assertTrue(html.contains("payments-prod"));
        assertTrue(html.contains("2025-03-01T12:00:00Z"));
        assertTrue(html.contains("2025-03-01T11:58:30.250Z"));
        assertTrue(html.contains("gaad.json"));
        assertTrue(html.contains("<div id=\"gate\" class=\"banner fail\">"), "gate banner");
        assertTrue(html.contains("<strong>FAIL</strong>"));
        assertTrue(html.contains("fail-on: high"));
    }

    @Test
    void summaryCountsAndChart() {
        assertTrue(html.contains("id=\"count-critical\">1<"));
        assertTrue(html.contains("id=\"count-high\">2<"));
        assertTrue(html.contains("id=\"count-findings\">6<"));
        assertTrue(html.contains("id=\"count-not-assessed\">2<"));
        assertEquals(5, count(html, "<rect class=\"fill-"), "one bar per severity");
        assertTrue(html.contains("<rect class=\"fill-high\" x=\"80\" y=\"30\" width=\"300\""), "largest bar full width");
    }

    @Test
    void findingsTableHasOneRowPerFindingWithEvidenceAndRemediation() {
        assertEquals(scan.findings().size(), count(html, "<tr class=\"finding\""));
        assertEquals(scan.findings().size(), count(html, "<details>"));
        assertTrue(html.contains("data-severity=\"critical\" data-rule=\"TG-S3-001\""));
        assertTrue(html.contains("Fix it: see the runbook for TG-NET-001."));
        assertTrue(html.contains("<dt>retentionInDays</dt><dd><code>7</code></dd>"));
        assertEquals(5, count(html, "<option value=\"TG-"), "rule filter lists each rule with findings once");
        assertEquals(5, count(html, "name=\"severity\""));
    }

    @Test
    void notAssessedSectionListsEveryItem() {
        assertTrue(html.contains("<section id=\"not-assessed\""));
        assertTrue(html.contains("Not assessed (2)"));
        assertEquals(scan.notAssessed().size(), count(html, "<tr class=\"not-assessed-item\">"));
        assertTrue(html.contains("AWS::S3::Bucket not collected: AccessDenied"));
        assertTrue(html.contains(ReportFixtures.SCRIPT_ESCAPED + " lacks retention"));
        assertTrue(html.contains("whole scope"));
    }

    @Test
    void coverageAndRuleCatalogue() {
        assertTrue(html.contains("<tr class=\"coverage-FAILED\">"));
        assertEquals(3, count(html, "<tr class=\"coverage-"));
        assertTrue(html.contains("Rule catalogue (5)"));
        for (var rule : scan.rules()) {
            assertTrue(html.contains("<code>" + rule.id() + "</code>"), rule.id());
            assertTrue(html.contains(rule.description()), rule.id());
        }
    }

    @Test
    void cleanScanPasses() {
        String clean = render(ReportFixtures.clean());
        assertTrue(clean.contains("<strong>PASS</strong>"));
        assertEquals(0, count(clean, "<tr class=\"finding\""));
        assertTrue(clean.contains("No findings."));
        assertTrue(clean.contains("Everything was assessed."));
    }

    @Test
    void templateNeverDisablesEscaping() throws IOException {
        try (InputStream in = HtmlReporter.class.getResourceAsStream("/tollgate/report/report.peb")) {
            assertNotNull(in);
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String forbidden : List.of("raw", "autoescape", "escape(strategy")) {
                assertFalse(Pattern.compile("\\|\\s*" + Pattern.quote(forbidden)).matcher(template).find()
                        || template.contains("{% " + forbidden), forbidden);
            }
        }
    }

    @Test
    void deterministic() {
        assertEquals(html, render(ReportFixtures.hostile()));
    }

    @Test
    void aGateRunShowsTheDeploymentBannerEscaped() {
        assertFalse(html.contains("id=\"deployment\""), "a scan has no deployment banner");
        String gated = render(ReportFixtures.gated());
        assertTrue(gated.contains("<div id=\"deployment\" class=\"banner incomplete\">"), gated);
        assertTrue(gated.contains("DEPLOYMENT ALLOWED BY EMERGENCY OVERRIDE"));
        assertTrue(gated.contains("Emergency hotfix override: INC-1 " + ReportFixtures.SCRIPT_ESCAPED
                + " (approved by Jane Doe)"), gated);
        assertTrue(gated.contains("<li>inside the freeze period Black Friday (11-25..11-30"), gated);
        assertFalse(gated.contains(ReportFixtures.SCRIPT));
        assertEquals(1, count(gated, "<script"), "only the report's own script");
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
