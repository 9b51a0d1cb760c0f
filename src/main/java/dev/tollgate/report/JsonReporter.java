package dev.tollgate.report;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.tollgate.evaluate.ScanResult;

import java.io.IOException;

/** {@code tollgate.json}: the canonical, machine-readable result ({@link JsonReport}), pretty-printed. */
public final class JsonReporter implements Reporter {
    private final ObjectWriter writer = ReportJson.prettyWriter(ReportJson.mapper());

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    @Override
    public String render(ScanResult result) throws IOException {
        return writer.writeValueAsString(JsonReport.of(result)) + "\n";
    }
}
