package dev.tollgate.evaluate;

import java.util.List;

/**
 * The gate decision. FAIL when any finding is at or above {@code failOn}; otherwise INCOMPLETE when
 * something could not be assessed; otherwise PASS.
 */
public record Gate(Severity failOn, Decision decision, long blockingFindings, long notAssessed) {
    public enum Decision { PASS, FAIL, INCOMPLETE }

    public static Gate decide(Severity failOn, List<Finding> findings, List<NotAssessed> notAssessed) {
        long blocking = findings.stream().filter(f -> f.severity().atLeast(failOn)).count();
        Decision d = blocking > 0 ? Decision.FAIL : (notAssessed.isEmpty() ? Decision.PASS : Decision.INCOMPLETE);
        return new Gate(failOn, d, blocking, notAssessed.size());
    }
}
