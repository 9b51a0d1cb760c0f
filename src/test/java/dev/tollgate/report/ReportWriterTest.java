package dev.tollgate.report;

import dev.tollgate.evaluate.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWriterTest {
    private final ScanResult scan = ReportFixtures.hostile();

    @TempDir
    Path tmp;

    @Test
    void reportsAreReadableByOthers() throws IOException {
        Path out = tmp.resolve("shared");
        for (Path p : ReportWriter.of(ReportFormat.parseList("json,sarif,html")).write(scan, out)) {
            if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(p)), p.toString());
            }
        }
    }

    @Test
    void writesAllThreeIntoANewDirectory() throws IOException {
        Path out = tmp.resolve("reports/nightly");
        List<Path> written = ReportWriter.of(ReportFormat.parseList("json,sarif,html")).write(scan, out);
        assertEquals(List.of(out.resolve("tollgate.json"), out.resolve("tollgate.sarif"), out.resolve("tollgate.html")),
                written);
        assertEquals(new JsonReporter().render(scan), Files.readString(written.get(0), StandardCharsets.UTF_8));
        assertEquals(new SarifReporter().render(scan), Files.readString(written.get(1), StandardCharsets.UTF_8));
        assertTrue(Files.readString(written.get(2)).startsWith("<!DOCTYPE html>"));
        assertEquals(List.of("tollgate.html", "tollgate.json", "tollgate.sarif"), listing(out), "no temp left");
    }

    @Test
    void replacesPreviousReports() throws IOException {
        Files.writeString(tmp.resolve("tollgate.json"), "old");
        ReportWriter.of(List.of(ReportFormat.JSON)).write(scan, tmp);
        assertTrue(Files.readString(tmp.resolve("tollgate.json")).contains("\"schemaVersion\": 1"));
        assertEquals(List.of("tollgate.json"), listing(tmp));
    }

    @Test
    void outputPathThatIsAFileFailsNamingItAndWritesNothing() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-dir"), "keep me");
        IOException e = assertThrows(IOException.class,
                () -> ReportWriter.of(List.of(ReportFormat.values())).write(scan, file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals("keep me", Files.readString(file));
        assertEquals(List.of("not-a-dir"), listing(tmp), "nothing half-written beside it");
    }

    @Test
    void failingRendererLeavesPreviousReportsUntouched() throws IOException {
        Files.writeString(tmp.resolve("tollgate.json"), "previous json");
        Files.writeString(tmp.resolve("tollgate.html"), "previous html");
        Reporter broken = new Reporter() {
            @Override
            public ReportFormat format() {
                return ReportFormat.HTML;
            }

            @Override
            public String render(ScanResult result) {
                throw new IllegalStateException("template exploded");
            }
        };
        ReportWriter writer = new ReportWriter(List.of(new JsonReporter(), new SarifReporter(), broken));
        IOException e = assertThrows(IOException.class, () -> writer.write(scan, tmp));
        assertTrue(e.getMessage().contains(tmp.resolve("tollgate.html").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("template exploded"), e.getMessage());
        assertEquals("previous json", Files.readString(tmp.resolve("tollgate.json")));
        assertEquals("previous html", Files.readString(tmp.resolve("tollgate.html")));
        assertEquals(List.of("tollgate.html", "tollgate.json"), listing(tmp), "no sarif, no temp");
    }

    @Test
    void failureWhileWritingTempsDeletesThemAndKeepsPreviousReports() throws IOException {
        Files.writeString(tmp.resolve("tollgate.json"), "previous json");
        // a directory squatting on a final name makes the move fail after every temp was written
        Files.createDirectory(tmp.resolve("tollgate.sarif"));
        Files.writeString(tmp.resolve("tollgate.sarif/inside"), "x");
        ReportWriter writer = ReportWriter.of(List.of(ReportFormat.SARIF, ReportFormat.JSON));
        IOException e = assertThrows(IOException.class, () -> writer.write(scan, tmp));
        assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
        assertEquals("previous json", Files.readString(tmp.resolve("tollgate.json")));
        assertEquals(List.of("tollgate.json", "tollgate.sarif"), listing(tmp), "temps deleted");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
