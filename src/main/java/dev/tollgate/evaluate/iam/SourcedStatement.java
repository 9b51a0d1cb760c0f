package dev.tollgate.evaluate.iam;

import dev.tollgate.model.PolicyStatement;

/**
 * One statement of one policy, as it applies to a principal.
 *
 * @param policy    managed policy ARN, or "inline NAME" (with " (group G)" when it reaches a user through a group);
 *                  for a managed policy reached through a group, the ARN plus " (group G)"
 * @param statement "Sid X" when the statement has a Sid, else "statement #N" (1-based)
 */
public record SourcedStatement(String policy, String statement, PolicyStatement body) {
    static String ref(PolicyStatement s, int index) {
        return s.sid() != null && !s.sid().isBlank() ? "Sid " + s.sid() : "statement #" + (index + 1);
    }

    /** "POLICY, STATEMENT". */
    public String evidence() {
        return policy + ", " + statement;
    }
}
