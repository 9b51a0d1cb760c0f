package dev.tollgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.tollgate.cli.CliTest.assertOneLineError;
import static dev.tollgate.cli.CliTest.run;
import static dev.tollgate.cli.CliTest.sg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code gate} verb end to end through {@link Main#run}: the deployment calendar at a fixed {@code --at}
 * (never the wall clock), the emergency override, exit code 4 and its precedence, and the reports' deployment
 * object. 2026-11-24 is a Tuesday, 2026-11-20 a Friday.
 */
class GateCommandTest {
    static final String PROFILE = """
            name: calendar-test
            description: Deploy windows and freezes for the gate tests
            parameters:
              deploy.windows: ["Tue-Thu 10:00-14:00 UTC"]
              deploy.freezeWindows: ["11-25..11-30 Black Friday", "12-30..01-02 End of Year"]
            """;

    @TempDir
    Path tmp;

    Path clean;
    Path open;
    Path partial;
    Path profile;
    Path out;
    /** The clean input still has a high finding (no CloudTrail trail): the calendar tests gate on critical. */
    String failOn = "critical";

    @BeforeEach
    void inputs() throws Exception {
        clean = CliTest.snapshot(tmp, "clean.json", true, sg("sg-0internal", 443, "10.0.0.0/16"));
        open = CliTest.snapshot(tmp, "open.json", true, sg("sg-0open", 22, "0.0.0.0/0"));
        partial = CliTest.snapshot(tmp, "partial.json", false, sg("sg-0internal", 443, "10.0.0.0/16"));
        profile = tmp.resolve("calendar.yaml");
        Files.writeString(profile, PROFILE);
        out = tmp.resolve("out");
    }

    CliTest.Run gate(Path input, String... extra) {
        String[] base = {"gate", "--input", input.toString(), "--environment", profile.toString(),
                "--out", out.toString(), "--fail-on", failOn};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return run(args);
    }

    JsonNode json() throws Exception {
        return new ObjectMapper().readTree(Files.readString(out.resolve("tollgate.json")));
    }

    @Test
    void insideAWindowTheGatePasses() throws Exception {
        CliTest.Run r = gate(clean, "--at", "2026-11-24T11:00:00Z");
        assertEquals(ExitCode.PASS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Deployment: ALLOWED at 2026-11-24T11:00:00Z (deploy, calendar-test): inside the "
                + "deploy window Tue-Thu 10:00-14:00 UTC (closes 2026-11-24T14:00:00Z)"), r.out());
        assertTrue(r.out().contains("Exit code 0: deployment allowed"), r.out());
        JsonNode d = json().get("deployment");
        assertEquals("2026-11-24T11:00:00Z", d.get("at").asText());
        assertEquals("calendar-test", d.get("environment").asText());
        assertTrue(d.get("allowed").asBoolean());
        assertEquals("Tue-Thu 10:00-14:00 UTC", d.get("window").asText());
        assertTrue(d.get("activeFreeze").isNull());
        assertTrue(d.get("override").isNull());
    }

    @Test
    void insideAFreezeTheGateExitsFourAndNamesTheFreeze() throws Exception {
        CliTest.Run r = gate(clean, "--at", "2026-11-26T11:00:00Z");
        assertEquals(ExitCode.DEPLOY_BLOCKED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Deployment: NOT ALLOWED at 2026-11-26T11:00:00Z (deploy, calendar-test): inside "
                + "the freeze period Black Friday (11-25..11-30"), r.out());
        assertTrue(r.out().contains("next allowed: 2026-12-01T10:00:00Z"), r.out());
        assertTrue(r.out().contains("Exit code 4: deployment not allowed now"), r.out());
        JsonNode d = json().get("deployment");
        assertFalse(d.get("allowed").asBoolean());
        assertEquals("Black Friday", d.at("/activeFreeze/name").asText());
        assertEquals("2026-12-01T00:00:00Z", d.at("/activeFreeze/endsAt").asText());
        assertEquals("2026-12-01T10:00:00Z", d.get("nextAllowedAt").asText());
        JsonNode sarif = new ObjectMapper().readTree(Files.readString(out.resolve("tollgate.sarif")));
        JsonNode props = sarif.at("/runs/0/invocations/0/properties/deployment");
        assertFalse(props.get("allowed").asBoolean(), sarif.toString());
        assertEquals("Black Friday", props.at("/activeFreeze/name").asText());
        String html = Files.readString(out.resolve("tollgate.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<div id=\"deployment\" class=\"banner fail\">"), html);
        assertTrue(html.contains("DEPLOYMENT NOT ALLOWED"));
    }

    @Test
    void outsideEveryWindowTheGateExitsFour() throws Exception {
        CliTest.Run r = gate(clean, "--at", "2026-11-20T15:00:00Z");
        assertEquals(ExitCode.DEPLOY_BLOCKED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("outside every deploy window (Tue-Thu 10:00-14:00 UTC)"), r.out());
        assertEquals("2026-11-24T10:00:00Z", json().at("/deployment/nextAllowedAt").asText());
    }

    @Test
    void theEmergencyHotfixOverrideIsRecordedInEveryReport() throws Exception {
        String reason = "INC-4711 <script>alert(1)</script> checkout down";
        CliTest.Run r = gate(clean, "--at", "2026-11-26T11:00:00Z", "--emergency-hotfix", reason,
                "--approved-by", "Jane Doe");
        assertEquals(ExitCode.PASS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Deployment: ALLOWED BY EMERGENCY OVERRIDE at 2026-11-26T11:00:00Z"), r.out());
        assertTrue(r.out().contains("emergency hotfix override approved by Jane Doe: " + reason), r.out());
        JsonNode d = json().get("deployment");
        assertTrue(d.get("allowed").asBoolean());
        assertFalse(d.get("calendarAllows").asBoolean());
        assertEquals(reason, d.at("/override/reason").asText());
        assertEquals("Jane Doe", d.at("/override/approvedBy").asText());
        JsonNode sarif = new ObjectMapper().readTree(Files.readString(out.resolve("tollgate.sarif")));
        assertEquals(reason, sarif.at("/runs/0/invocations/0/properties/deployment/override/reason").asText());
        String html = Files.readString(out.resolve("tollgate.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("DEPLOYMENT ALLOWED BY EMERGENCY OVERRIDE"));
        assertFalse(html.contains("<script>alert(1)"), "the reason is escaped");
        assertTrue(html.contains("INC-4711 &lt;script&gt;alert(1)&lt;/script&gt; checkout down"));
    }

    @Test
    void theOverrideNeedsAReasonAndAnApprover() {
        assertOneLineError(gate(clean, "--at", "2026-11-26T11:00:00Z", "--emergency-hotfix", "INC-1"),
                "--approved-by");
        assertOneLineError(gate(clean, "--at", "2026-11-26T11:00:00Z", "--approved-by", "Jane"),
                "--emergency-hotfix");
        assertOneLineError(gate(clean, "--emergency-hotfix", " ", "--approved-by", "Jane"), "--emergency-hotfix");
        assertFalse(Files.exists(out), "no report for a usage error");
    }

    @Test
    void anEnvironmentWithoutWindowsIsNotRestrictedAndSaysSo() throws Exception {
        CliTest.Run r = run("gate", "--input", clean.toString(), "--out", out.toString(), "--fail-on", "critical",
                "--at", "2026-11-27T03:00:00Z");
        assertEquals(ExitCode.PASS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("baseline documents no deploy windows (deploy.windows): not restricted by day "
                + "or time"), r.out());
        assertFalse(json().at("/deployment/restricted").asBoolean());
    }

    @Test
    void maintenanceIsCheckedAgainstTheMaintenanceWindows() throws Exception {
        CliTest.Run in = run("gate", "--input", clean.toString(), "--out", out.toString(), "--fail-on", "critical", "--environment",
                "wedsync-production", "--change", "maintenance", "--at", "2026-11-22T04:30:00Z");
        assertTrue(in.out().contains("inside the maintenance window Sun 04:00-06:00 UTC"), in.out() + in.err());
        assertTrue(json().at("/deployment/allowed").asBoolean());
        CliTest.Run outside = run("gate", "--input", clean.toString(), "--out", out.toString(), "--fail-on", "critical", "--environment",
                "wedsync-production", "--change", "maintenance", "--at", "2026-11-24T04:30:00Z");
        assertFalse(json().at("/deployment/allowed").asBoolean(), outside.out());
        assertEquals("2026-11-29T04:00:00Z", json().at("/deployment/nextAllowedAt").asText());
        assertOneLineError(gate(clean, "--change", "hotfix"), "--change", "deploy or maintenance");
    }

    @Test
    void aMalformedAtIsAOneLineUsageError() {
        CliTest.Run r = gate(clean, "--at", "next tuesday");
        assertOneLineError(r, "--at", "next tuesday", "ISO-8601");
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(out), "no report for a usage error");
        assertOneLineError(gate(clean, "--at", "2026-11-24"), "--at");
    }

    @Test
    void aMalformedWindowInTheProfileIsAOneLineErrorNamingFileAndKey() throws Exception {
        Files.writeString(profile, "name: broken\nparameters:\n  deploy.windows: [\"Tuesday-Thursday 10-14 UTC\"]\n");
        CliTest.Run r = gate(clean, "--at", "2026-11-24T11:00:00Z");
        assertOneLineError(r, profile.toString() + ":3", "deploy.windows", "Tuesday-Thursday 10-14 UTC");
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void findingsWinOverTheCalendar() throws Exception {
        failOn = "high";
        CliTest.Run r = gate(open, "--at", "2026-11-26T11:00:00Z");
        assertEquals(ExitCode.GATE_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Deployment: NOT ALLOWED"), r.out());
        assertTrue(r.out().contains("Exit code 1: findings at or above high (takes precedence over the deployment "
                + "calendar's 4)"), r.out());
        CliTest.Run overridden = gate(open, "--at", "2026-11-26T11:00:00Z", "--emergency-hotfix", "INC-1",
                "--approved-by", "Jane Doe");
        assertEquals(ExitCode.GATE_FAILED, overridden.code(), "an override never clears findings: " + overridden.out());
    }

    @Test
    void theCalendarWinsOverAnIncompleteScan() throws Exception {
        assertEquals(ExitCode.DEPLOY_BLOCKED, gate(partial, "--at", "2026-11-20T15:00:00Z").code());
        CliTest.Run allowed = gate(partial, "--at", "2026-11-24T11:00:00Z");
        assertEquals(ExitCode.INCOMPLETE, allowed.code(), allowed.out());
        assertTrue(allowed.out().contains("Exit code 3: deployment allowed, but the scan is incomplete"), allowed.out());
    }

    @Test
    void scanIsUnchangedAndHasNoDeploymentObject() throws Exception {
        CliTest.Run r = run("scan", "--input", clean.toString(), "--environment", profile.toString(),
                "--out", out.toString(), "--fail-on", "critical");
        assertEquals(ExitCode.PASS, r.code(), r.out() + r.err());
        assertFalse(r.out().contains("Deployment"), r.out());
        assertFalse(json().has("deployment"));
        JsonNode sarif = new ObjectMapper().readTree(Files.readString(out.resolve("tollgate.sarif")));
        assertTrue(sarif.at("/runs/0/invocations/0/properties").isMissingNode());
        assertFalse(Files.readString(out.resolve("tollgate.html")).contains("id=\"deployment\""));
    }

    @Test
    void helpDocumentsExitCodeFour() {
        CliTest.Run main = run("--help");
        assertTrue(main.out().contains("4") && main.out().contains("deployment not allowed now"), main.out());
        assertTrue(main.out().contains("gate"), main.out());
        CliTest.Run gate = run("gate", "--help");
        assertEquals(ExitCode.PASS, gate.code());
        for (String s : new String[] {"--at", "--emergency-hotfix", "--approved-by", "--change", "--input",
                "--fail-on", "--environment", "incident commander", "deployment not allowed now"}) {
            assertTrue(gate.out().contains(s), s + " in: " + gate.out());
        }
    }
}
