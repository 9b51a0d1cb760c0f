package dev.tollgate.report;

import dev.tollgate.evaluate.Finding;
import dev.tollgate.evaluate.Gate;
import dev.tollgate.evaluate.NotAssessed;
import dev.tollgate.evaluate.RuleMeta;
import dev.tollgate.evaluate.ScanResult;
import dev.tollgate.evaluate.Severity;
import dev.tollgate.model.Coverage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code tollgate.json}: every field of {@link ScanResult} plus a computed {@link Summary}.
 * The component order here is the property order in the file.
 */
public record JsonReport(int schemaVersion, String tool, String toolVersion, Instant asOf, Instant capturedAt,
                         ScanResult.EnvironmentInfo environment, List<String> inputs, int resourceCount,
                         Summary summary, Gate gate, List<RuleMeta> rules, List<Finding> findings,
                         List<NotAssessed> notAssessed, List<Coverage> coverage) {

    /** The counts a reader wants first. */
    public record Summary(SeverityCounts findingsBySeverity, long findings, long notAssessed, int resources,
                          int rules) {
    }

    /** Findings per severity, most severe first; every severity present. */
    public record SeverityCounts(long critical, long high, long medium, long low, long info) {
        static SeverityCounts of(Map<Severity, Long> counts) {
            return new SeverityCounts(counts.get(Severity.CRITICAL), counts.get(Severity.HIGH),
                    counts.get(Severity.MEDIUM), counts.get(Severity.LOW), counts.get(Severity.INFO));
        }
    }

    public static JsonReport of(ScanResult r) {
        Summary summary = new Summary(SeverityCounts.of(r.countsBySeverity()), r.findings().size(),
                r.notAssessed().size(), r.resourceCount(), r.rules().size());
        return new JsonReport(r.schemaVersion(), r.tool(), r.toolVersion(), r.asOf(), r.capturedAt(),
                r.environment(), r.inputs(), r.resourceCount(), summary, r.gate(), r.rules(), r.findings(),
                r.notAssessed(), r.coverage());
    }
}
