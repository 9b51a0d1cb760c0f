package dev.tollgate.report;

import dev.tollgate.evaluate.ScanResult;

import java.io.IOException;

/** Renders one {@link ScanResult} as one report document. Implementations are stateless views. */
public interface Reporter {

    /** The format this reporter produces (and so the file name it is written to). */
    ReportFormat format();

    /** The whole document as text; written as UTF-8. */
    String render(ScanResult result) throws IOException;
}
