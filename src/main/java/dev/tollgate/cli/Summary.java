package dev.tollgate.cli;

import dev.tollgate.evaluate.Finding;
import dev.tollgate.evaluate.Gate;
import dev.tollgate.evaluate.ScanResult;
import dev.tollgate.evaluate.Severity;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The short text summary printed after a scan. AWS text is printed with control characters removed. */
final class Summary {
    private static final int TOP = 10;

    private Summary() {
    }

    static void print(ScanResult r, List<Path> written, PrintWriter out) {
        out.printf("tollgate %s: environment %s, %d resources from %d input(s), captured %s, judged as of %s%n",
                r.toolVersion(), r.environment().name(), r.resourceCount(), r.inputs().size(), r.capturedAt(), r.asOf());
        Map<Severity, Long> counts = r.countsBySeverity();
        out.println("Findings: " + r.findings().size() + " (" + counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", ")) + ")");
        if (!r.findings().isEmpty()) {
            out.println("Top findings:");
            for (Finding f : r.findings().subList(0, Math.min(TOP, r.findings().size()))) {
                out.printf("  %-8s %-11s %s%n           %s%n", f.severity().label().toUpperCase(), f.ruleId(),
                        clean(f.resourceName() + " (" + f.resourceArn() + ")"), clean(f.message()));
            }
            if (r.findings().size() > TOP) {
                out.println("  ... and " + (r.findings().size() - TOP) + " more in the reports");
            }
        }
        long rulesNotAssessed = r.notAssessed().stream().map(n -> n.ruleId()).distinct().count();
        out.println("Not assessed: " + r.notAssessed().size() + " item(s) across " + rulesNotAssessed
                + " rule(s): listed in the reports, never counted as compliant");
        if (!written.isEmpty()) {
            out.println("Reports: " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        Gate g = r.gate();
        String verdict = switch (g.decision()) {
            case FAIL -> "FAILED: " + g.blockingFindings() + " finding(s) at or above " + g.failOn().label();
            case INCOMPLETE -> "INCOMPLETE: no finding at or above " + g.failOn().label() + ", but "
                    + g.notAssessed() + " item(s) could not be assessed";
            case PASS -> "PASSED: no finding at or above " + g.failOn().label() + ", everything assessed";
        };
        if (r.deployment() == null) {
            out.println("Gate (--fail-on " + g.failOn().label() + "): " + verdict + " (exit code "
                    + Pipeline.exitCode(g) + ")");
            return;
        }
        out.println("Gate (--fail-on " + g.failOn().label() + "): " + verdict);
        out.println("Deployment: " + clean(r.deployment().summary()));
        int code = Pipeline.exitCode(r);
        out.println("Exit code " + code + ": " + switch (code) {
            case ExitCode.GATE_FAILED -> r.deployment().allowed() ? "findings at or above " + g.failOn().label()
                    : "findings at or above " + g.failOn().label() + " (takes precedence over the deployment "
                    + "calendar's " + ExitCode.DEPLOY_BLOCKED + ")";
            case ExitCode.DEPLOY_BLOCKED -> "deployment not allowed now";
            case ExitCode.INCOMPLETE -> "deployment allowed, but the scan is incomplete";
            default -> "deployment allowed";
        });
    }

    /** Strips control characters (terminal escapes) from text that came from AWS. */
    static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}&&[^\\t]]", "?");
    }
}
