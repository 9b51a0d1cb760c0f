package dev.tollgate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void unknownSampleIsAUsageError() {
        CliTest.Run r = CliTest.run("demo", "--sample", "nosuch-production", "--out", tmp.resolve("x").toString());
        CliTest.assertOneLineError(r, "--sample", "nosuch-production");
    }
}
