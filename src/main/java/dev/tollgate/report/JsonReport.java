package dev.tollgate.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.tollgate.evaluate.DeployCalendar;
import dev.tollgate.evaluate.Finding;
import dev.tollgate.evaluate.FrameworkResult;
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
 * The component order here is the property order in the file. Each rule carries the framework requirements it
 * maps to ({@code "frameworks": ["pci-dss-4.0:1.3.1", ...]}); {@code frameworks} at the end holds every
 * requirement of each framework edition with its status (findings do not repeat the refs: their rule has them).
 * {@code deployment} (the deployment calendar's decision) is present only in the results of the {@code gate} verb.
 */
public record JsonReport(int schemaVersion, String tool, String toolVersion, Instant asOf, Instant capturedAt,
                         ScanResult.EnvironmentInfo environment, List<String> inputs, int resourceCount,
                         Summary summary, Gate gate,
                         @JsonInclude(JsonInclude.Include.NON_NULL) DeployCalendar.Decision deployment,
                         List<RuleEntry> rules, List<Finding> findings,
                         List<NotAssessed> notAssessed, List<Coverage> coverage, List<FrameworkResult> frameworks) {

    /** A catalogue entry: the rule's metadata and the requirements ({@code framework:requirement}) it maps to. */
    public record RuleEntry(@JsonUnwrapped RuleMeta rule, List<String> frameworks) {
    }

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
        Map<String, List<FrameworkResult.Ref>> refs = r.frameworkRefs();
        List<RuleEntry> rules = r.rules().stream().map(rule -> new RuleEntry(rule,
                refs.getOrDefault(rule.id(), List.of()).stream().map(FrameworkResult.Ref::ref).toList())).toList();
        return new JsonReport(r.schemaVersion(), r.tool(), r.toolVersion(), r.asOf(), r.capturedAt(),
                r.environment(), r.inputs(), r.resourceCount(), summary, r.gate(), r.deployment(), rules, r.findings(),
                r.notAssessed(), r.coverage(), r.frameworks());
    }
}
