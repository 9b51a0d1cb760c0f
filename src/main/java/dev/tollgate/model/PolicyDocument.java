package dev.tollgate.model;

import java.util.List;

/** A parsed policy document (identity, trust or resource policy). */
public record PolicyDocument(String version, List<PolicyStatement> statements) {
    public PolicyDocument {
        statements = Copy.list(statements);
    }

    public static PolicyDocument empty() {
        return new PolicyDocument(null, List.of());
    }
}
