package dev.tollgate.cli;

import dev.tollgate.collect.SnapshotFile;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SecurityGroup;
import dev.tollgate.model.SgPermission;
import dev.tollgate.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line end to end: every exit code, each kind of bad input, atomic outputs. */
class CliTest {
    static final String ACCOUNT = "111122223333";
    static final String REGION = "us-east-1";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** An error is one line naming the problem, never a stack trace. */
    static void assertOneLineError(Run r, String... fragments) {
        assertEquals(ExitCode.INPUT_ERROR, r.code(), r.err());
        String first = r.err().lines().findFirst().orElse("");
        for (String f : fragments) {
            assertTrue(first.contains(f), "error line should mention '" + f + "': " + r.err());
        }
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    static SecurityGroup sg(String id, int port, String peer) {
        return new SecurityGroup("arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":security-group/" + id, ACCOUNT, REGION,
                id, Map.of(), id, "vpc-1", "test", false,
                List.of(new SgPermission("tcp", port, port, SgPermission.PeerKind.CIDR, peer, null)), List.of());
    }

    /** A tollgate snapshot with {@code resources}; {@code everything} adds coverage for every type. */
    Path snapshot(String name, boolean everything, Resource... resources) throws Exception {
        return snapshot(tmp, name, everything, resources);
    }

    /** As above, written to {@code dir}. */
    static Path snapshot(Path dir, String name, boolean everything, Resource... resources) throws Exception {
        List<Coverage> coverage = new ArrayList<>();
        for (Class<? extends Resource> type : everything ? FactTypes.ALL : List.<Class<? extends Resource>>of()) {
            String resourceType = resourceTypeOf(type);
            coverage.add(Coverage.collected(ACCOUNT, FactTypes.global(resourceType) ? FactTypes.GLOBAL : REGION,
                    resourceType, "test:" + type.getSimpleName()));
        }
        if (!everything) {
            coverage.add(Coverage.collected(ACCOUNT, REGION, "AWS::EC2::SecurityGroup", "test"));
        }
        Snapshot s = new Snapshot(Instant.parse("2026-11-20T00:00:00Z"), "test", List.of(), List.of(resources), coverage);
        Path p = dir.resolve(name);
        Files.write(p, new SnapshotFile().write(s));
        return p;
    }

    /** The resource type a fact class reports (read from a throwaway instance). */
    static String resourceTypeOf(Class<? extends Resource> type) throws Exception {
        var ctor = type.getDeclaredConstructors()[0];
        Object[] args = new Object[ctor.getParameterCount()];
        Class<?>[] types = ctor.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == boolean.class ? false : types[i] == int.class ? 0 : null;
        }
        return ((Resource) ctor.newInstance(args)).resourceType();
    }

    @Test
    void gateFailsWithExitOneOnAHighFinding() throws Exception {
        Path in = snapshot("open.json", true, sg("sg-0open", 22, "0.0.0.0/0"));
        Path out = tmp.resolve("out");
        Run r = run("scan", "--input", in.toString(), "--out", out.toString());
        assertEquals(ExitCode.GATE_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("TG-NET-001"), r.out());
        assertTrue(r.out().contains("Gate (--fail-on high): FAILED"), r.out());
        for (String f : List.of("tollgate.json", "tollgate.sarif", "tollgate.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
    }

    @Test
    void gatePassesWithExitZeroWhenNothingReachesTheThresholdAndEverythingIsAssessed() throws Exception {
        Path in = snapshot("ok.json", true, sg("sg-0ok", 443, "0.0.0.0/0"));
        Run r = run("scan", "--input", in.toString(), "--out", tmp.resolve("o").toString(), "--fail-on", "critical");
        assertEquals(ExitCode.PASS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("PASSED"), r.out());
    }

    @Test
    void incompleteScanExitsThreeWhenTheGateOtherwisePasses() throws Exception {
        Path in = snapshot("partial.json", false, sg("sg-0ok", 443, "0.0.0.0/0"));
        Run r = run("scan", "--input", in.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(ExitCode.INCOMPLETE, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("INCOMPLETE"), r.out());
    }

    @Test
    void aFailedGateWinsOverAnIncompleteScan() throws Exception {
        Path in = snapshot("partial-open.json", false, sg("sg-0open", 3389, "::/0"));
        Run r = run("scan", "--input", in.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(ExitCode.GATE_FAILED, r.code(), r.out() + r.err());
    }

    @Test
    void gzippedInputsAndFoldersAreRead() throws Exception {
        Path plain = snapshot("open.json", true, sg("sg-0open", 22, "0.0.0.0/0"));
        Path dir = Files.createDirectories(tmp.resolve("in"));
        try (var gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("snap.json.gz")))) {
            gz.write(Files.readAllBytes(plain));
        }
        Files.writeString(dir.resolve("NOTES.md"), "not an input");
        Run r = run("scan", "--input", dir.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(ExitCode.GATE_FAILED, r.code(), r.out() + r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCode.INPUT_ERROR, run().code());
        assertEquals(ExitCode.INPUT_ERROR, run("scan").code(), "--input is required");
        assertEquals(ExitCode.INPUT_ERROR, run("frobnicate").code());
        assertEquals(ExitCode.INPUT_ERROR, run("scan", "--input", "x", "--bogus").code());
    }

    @Test
    void badOptionValuesAreOneLineErrors() throws Exception {
        Path in = snapshot("ok.json", true);
        assertOneLineError(run("scan", "--input", in.toString(), "--fail-on", "severe"), "--fail-on", "severe");
        assertOneLineError(run("scan", "--input", in.toString(), "--format", "pdf"), "--format", "pdf");
        assertOneLineError(run("scan", "--input", in.toString(), "--as-of", "yesterday"), "--as-of");
    }

    @Test
    void missingMalformedAndUnrecognisedInputsNameTheFile() throws Exception {
        Path missing = tmp.resolve("nope.json");
        assertOneLineError(run("scan", "--input", missing.toString()), "nope.json", "no such file");

        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\n  \"configurationItems\": [\n    {\"resourceType\": \n  ]\n}\n");
        assertOneLineError(run("scan", "--input", broken.toString()), "broken.json:4:", "malformed JSON");

        Path other = tmp.resolve("other.json");
        Files.writeString(other, "{\"hello\": \"world\"}");
        assertOneLineError(run("scan", "--input", other.toString()), "other.json", "not recognised");

        Path binary = tmp.resolve("blob.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertOneLineError(run("scan", "--input", binary.toString()), "blob.bin");

        Path badSnapshot = tmp.resolve("bad-snapshot.json");
        Files.writeString(badSnapshot, "{\"tollgateSnapshot\": 1, \"capturedAt\": \"2026-11-20T00:00:00Z\", "
                + "\"resources\": [{\"kind\": \"Teapot\"}]}");
        assertOneLineError(run("scan", "--input", badSnapshot.toString()), "bad-snapshot.json", "Teapot");
    }

    @Test
    void brokenUserRulesAreReportedAsFileAndLine() throws Exception {
        Path in = snapshot("ok.json", true);
        Path rules = Files.createDirectories(tmp.resolve("my-rules"));
        Files.writeString(rules.resolve("mine.drl"), """
                package my.rules;
                import dev.tollgate.model.SecurityGroup;
                global dev.tollgate.evaluate.FindingSink findings;

                rule "broken"
                    @id("MY-NET-001") @title("t") @severity("high") @resourceType("AWS::EC2::SecurityGroup")
                    @description("d") @remediation("r")
                when
                    $s : SecurityGroup( noSuchField == 1 )
                then
                end
                """);
        assertOneLineError(run("scan", "--input", in.toString(), "--rules", rules.toString()), "mine.drl:9");

        Files.writeString(rules.resolve("mine.drl"), """
                package my.rules;
                import dev.tollgate.model.SecurityGroup;
                global dev.tollgate.evaluate.FindingSink findings;

                rule "reuses a bundled id"
                    @id("TG-NET-001") @title("t") @severity("high") @resourceType("AWS::EC2::SecurityGroup")
                    @description("d") @remediation("r")
                when
                    $s : SecurityGroup( )
                then
                end
                """);
        assertOneLineError(run("rules", "list", "--rules", rules.toString()), "mine.drl:5", "TG-NET-001", "twice");

        Files.writeString(rules.resolve("mine.drl"), """
                package my.rules;
                import dev.tollgate.model.SecurityGroup;
                global dev.tollgate.evaluate.FindingSink findings;

                rule "no severity"
                    @id("MY-NET-002") @title("t") @resourceType("AWS::EC2::SecurityGroup")
                    @description("d") @remediation("r")
                when
                    $s : SecurityGroup( )
                then
                end
                """);
        assertOneLineError(run("rules", "list", "--rules", rules.toString()), "mine.drl:5", "@severity");
    }

    @Test
    void userRulesRunBesideTheBundledOnes() throws Exception {
        Path in = snapshot("ok.json", true, sg("sg-0web", 8080, "0.0.0.0/0"));
        Path rules = Files.createDirectories(tmp.resolve("my-rules"));
        Files.writeString(rules.resolve("web.drl"), """
                package my.rules;
                import dev.tollgate.model.SecurityGroup;
                import dev.tollgate.model.SgPermission;
                global dev.tollgate.evaluate.FindingSink findings;

                rule "alt http open"
                    @id("MY-NET-080") @title("Port 8080 open to the internet") @severity("critical")
                    @resourceType("AWS::EC2::SecurityGroup") @description("d") @remediation("r")
                when
                    $s : SecurityGroup( )
                    $p : SgPermission( fromAnywhere(), coversPort(8080) ) from $s.ingress()
                then
                    findings.flag(drools, $s, "8080 open to " + $p.peer());
                end
                """);
        Run r = run("scan", "--input", in.toString(), "--rules", rules.toString(), "--out", tmp.resolve("o").toString(),
                "--fail-on", "critical");
        assertEquals(ExitCode.GATE_FAILED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("MY-NET-080"), r.out());
    }

    @Test
    void badProfilesAreOneLineErrorsWithTheLine() throws Exception {
        Path in = snapshot("ok.json", true);
        assertOneLineError(run("scan", "--input", in.toString(), "--environment", "no-such-env"), "no-such-env");
        Path unknownKey = tmp.resolve("env.yaml");
        Files.writeString(unknownKey, "name: mine\nparameters:\n  rds.backupRetentionDays: 14\n  rds.bogus: 1\n");
        assertOneLineError(run("scan", "--input", in.toString(), "--environment", unknownKey.toString()),
                "env.yaml:4", "rds.bogus");
        Path wrongType = tmp.resolve("env2.yaml");
        Files.writeString(wrongType, "name: mine\nparameters:\n  rds.backupRetentionDays: lots\n");
        assertOneLineError(run("scan", "--input", in.toString(), "--environment", wrongType.toString()),
                "env2.yaml:3", "number");
        Path malformed = tmp.resolve("env3.yaml");
        Files.writeString(malformed, "name: mine\nparameters: [\n  oops: {\n");
        assertOneLineError(run("scan", "--input", in.toString(), "--environment", malformed.toString()),
                "env3.yaml:", "malformed YAML");
        Path badEntry = tmp.resolve("env4.yaml");
        Files.writeString(badEntry, "name: mine\nparameters:\n  rds.backupRetentionDays: 14\n"
                + "  ecs.scalingCapacity: [\"api*=2..20\", \"web*=6-50\"]\n");
        assertOneLineError(run("scan", "--input", in.toString(), "--environment", badEntry.toString()),
                "env4.yaml:4", "ecs.scalingCapacity", "web*=6-50", "SERVICE-NAME-GLOB=MIN..MAX");
    }

    @Test
    void everyBundledStructuredListEntryMatchesItsDeclaredFormat() throws Exception {
        dev.tollgate.evaluate.ProfileLoader loader = new dev.tollgate.evaluate.ProfileLoader();
        long structured = loader.declared().values().stream().filter(d -> d.itemPattern() != null).count();
        assertTrue(structured >= 14, "structured list parameters declare their entry format: " + structured);
        for (String name : loader.bundledNames()) {
            assertEquals(name, loader.load(name).name(), "bundled profile loads with every entry well-formed");
        }
    }

    @Test
    void aFailedRunLeavesEarlierReportsUntouched() throws Exception {
        Path out = tmp.resolve("reports");
        Path in = snapshot("open.json", true, sg("sg-0open", 22, "0.0.0.0/0"));
        assertEquals(ExitCode.GATE_FAILED, run("scan", "--input", in.toString(), "--out", out.toString()).code());
        byte[] before = Files.readAllBytes(out.resolve("tollgate.json"));
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{ nope");
        assertEquals(ExitCode.INPUT_ERROR, run("scan", "--input", broken.toString(), "--out", out.toString()).code());
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(out.resolve("tollgate.json")), "earlier report unchanged");
        try (var files = Files.list(out)) {
            assertEquals(3, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void rulesListPrintsTheCatalogue() {
        Run r = run("rules", "list");
        assertEquals(ExitCode.PASS, r.code(), r.err());
        assertTrue(r.out().contains("TG-NET-001"), r.out());
        assertTrue(r.out().matches("(?s).*\\n\\d+ rules\\s*"), r.out());
    }

    @Test
    void environmentsListNamesTheBundledProfiles() {
        Run r = run("environments", "list");
        assertEquals(ExitCode.PASS, r.code(), r.err());
        for (String env : List.of("baseline", "shopflow-production", "taskflow-production", "wedsync-production")) {
            assertTrue(r.out().contains(env), r.out());
        }
    }

    @Test
    void helpDocumentsTheExitCodes() {
        Run r = run("--help");
        assertEquals(ExitCode.PASS, r.code());
        assertTrue(r.out().contains("3") && r.out().contains("incomplete"), r.out());
    }

    @Test
    void demoRunsTheBundledSampleAndExitsZero() throws Exception {
        Path out = tmp.resolve("demo");
        Run r = run("demo", "--out", out.toString());
        assertEquals(ExitCode.PASS, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("environment taskflow-production"), r.out());
        assertTrue(r.out().contains("Gate (--fail-on high): FAILED"), "the sample has high findings: " + r.out());
        for (String f : List.of("tollgate.json", "tollgate.sarif", "tollgate.html")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertFalse(Files.readString(out.resolve("tollgate.json")).contains("sk_live_"), "no secret in the report");
    }
}
