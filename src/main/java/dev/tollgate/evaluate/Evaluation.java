package dev.tollgate.evaluate;

import java.util.List;

/** What the rules concluded: findings and what could not be assessed, in a stable order. */
public record Evaluation(List<Finding> findings, List<NotAssessed> notAssessed) {
    public Evaluation {
        findings = List.copyOf(findings);
        notAssessed = List.copyOf(notAssessed);
    }
}
