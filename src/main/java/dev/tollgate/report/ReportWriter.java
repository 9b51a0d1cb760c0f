package dev.tollgate.report;

import dev.tollgate.evaluate.ScanResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes reports into an output directory, all or nothing: every report is rendered first, then written to a
 * temp file in the same directory and flushed to disk, and only when all temps exist is each moved over its
 * final name with an atomic rename. A failure while rendering or writing leaves the previous reports untouched
 * and no temp behind. (Between two renames of the final phase a crash can leave a mix of old and new files;
 * each single file is always whole.) Files are created owner-read/write only: reports name weaknesses.
 */
public final class ReportWriter {
    private final List<Reporter> reporters;

    public ReportWriter(List<Reporter> reporters) {
        this.reporters = List.copyOf(reporters);
    }

    /** A writer with the default reporter for each format, in the order given. */
    public static ReportWriter of(Collection<ReportFormat> formats) {
        return new ReportWriter(formats.stream().map(ReportFormat::reporter).toList());
    }

    /**
     * Writes every report into {@code outputDir} (created when missing).
     *
     * @return the written files, in reporter order
     * @throws IOException naming the path that failed; nothing of this call is left behind
     */
    /** Temp files are owner-only; reports are artifacts others read (CI uploads, the security team). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    public List<Path> write(ScanResult result, Path outputDir) throws IOException {
        Map<Path, byte[]> rendered = new LinkedHashMap<>();
        for (Reporter reporter : reporters) {
            Path target = outputDir.resolve(reporter.format().fileName());
            try {
                rendered.put(target, reporter.render(result).getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                throw new IOException("could not render " + target + ": " + e.getMessage(), e);
            }
        }
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            throw new IOException("could not create report directory " + outputDir + ": " + e, e);
        }
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> report : rendered.entrySet()) {
                Path target = report.getKey();
                Path temp = Files.createTempFile(outputDir, "." + target.getFileName() + ".", ".tmp");
                temps.put(target, temp);
                readableByAll(temp);
                writeDurably(temp, report.getValue());
            }
            List<Path> written = new ArrayList<>();
            for (Map.Entry<Path, Path> t : temps.entrySet()) {
                Files.move(t.getValue(), t.getKey(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                written.add(t.getKey());
            }
            return List.copyOf(written);
        } catch (IOException e) {
            deleteQuietly(temps.values(), e);
            throw new IOException("could not write reports to " + outputDir + ": " + e, e);
        }
    }

    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    private static void deleteQuietly(Collection<Path> temps, IOException cause) {
        for (Path temp : temps) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
