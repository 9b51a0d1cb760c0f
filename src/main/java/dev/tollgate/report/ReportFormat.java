package dev.tollgate.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats, each with its fixed file name in the output directory. */
public enum ReportFormat {
    JSON("tollgate.json"),
    SARIF("tollgate.sarif"),
    HTML("tollgate.html");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The lowercase name used on the command line, e.g. {@code sarif}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A new reporter for this format. */
    public Reporter reporter() {
        return switch (this) {
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case HTML -> new HtmlReporter();
        };
    }

    /**
     * Parses a comma-separated list such as {@code "json,sarif,html"} (any case, blanks around names ignored).
     * Duplicates are dropped; the order given is kept.
     *
     * @throws IllegalArgumentException for an unknown name or an empty list, naming the allowed values
     */
    public static List<ReportFormat> parseList(String list) {
        List<ReportFormat> formats = new ArrayList<>();
        for (String item : (list == null ? "" : list).split(",", -1)) {
            String name = item.trim();
            if (name.isEmpty()) {
                continue;
            }
            ReportFormat format = Arrays.stream(values())
                    .filter(f -> f.label().equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown report format '" + name + "'; allowed: " + allowed()));
            if (!formats.contains(format)) {
                formats.add(format);
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no report format given; allowed: " + allowed());
        }
        return List.copyOf(formats);
    }

    private static String allowed() {
        return Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", "));
    }
}
