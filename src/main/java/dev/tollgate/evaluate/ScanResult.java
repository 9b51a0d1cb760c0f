package dev.tollgate.evaluate;

import dev.tollgate.model.Coverage;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical result of one scan. JSON, SARIF and HTML are views of this record.
 *
 * @param schemaVersion version of the JSON result schema ({@link #SCHEMA_VERSION})
 * @param asOf          the instant ages were judged against
 * @param capturedAt    when the inputs were captured
 * @param environment   the environment profile used
 * @param inputs        the input files or sources
 * @param resourceCount resources evaluated
 * @param frameworks    each framework edition's requirements judged by this scan ({@link FrameworkResult})
 * @param deployment    the deployment calendar's decision: only for {@code gate} runs, otherwise null
 */
public record ScanResult(int schemaVersion, String tool, String toolVersion, Instant asOf, Instant capturedAt,
                         EnvironmentInfo environment, List<String> inputs, int resourceCount,
                         List<RuleMeta> rules, List<Finding> findings, List<NotAssessed> notAssessed,
                         List<Coverage> coverage, Gate gate, List<FrameworkResult> frameworks,
                         DeployCalendar.Decision deployment) {
    public static final int SCHEMA_VERSION = 1;
    public static final String TOOL = "tollgate";

    public ScanResult {
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        notAssessed = List.copyOf(notAssessed);
        coverage = List.copyOf(coverage);
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    }

    /** A scan result without a deployment decision (every verb but {@code gate}). */
    public ScanResult(int schemaVersion, String tool, String toolVersion, Instant asOf, Instant capturedAt,
                      EnvironmentInfo environment, List<String> inputs, int resourceCount,
                      List<RuleMeta> rules, List<Finding> findings, List<NotAssessed> notAssessed,
                      List<Coverage> coverage, Gate gate, List<FrameworkResult> frameworks) {
        this(schemaVersion, tool, toolVersion, asOf, capturedAt, environment, inputs, resourceCount, rules, findings,
                notAssessed, coverage, gate, frameworks, null);
    }

    /** The same result with the gate verb's deployment decision. */
    public ScanResult withDeployment(DeployCalendar.Decision decision) {
        return new ScanResult(schemaVersion, tool, toolVersion, asOf, capturedAt, environment, inputs, resourceCount,
                rules, findings, notAssessed, coverage, gate, frameworks, decision);
    }

    /** For each rule id, the framework requirements it maps to. */
    public Map<String, List<FrameworkResult.Ref>> frameworkRefs() {
        return FrameworkResult.refsByRule(frameworks);
    }

    /** The environment profile as reported: name, description and the document it encodes. */
    public record EnvironmentInfo(String name, String description, String source) {
    }

    /** Findings per severity, every severity present (zero when none). */
    public Map<Severity, Long> countsBySeverity() {
        Map<Severity, Long> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, 0L);
        }
        findings.forEach(f -> m.merge(f.severity(), 1L, Long::sum));
        return m;
    }
}
