package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * A parsed IAM / resource-policy statement. Principals are keyed by type
 * ({@code AWS}, {@code Service}, {@code Federated}, {@code CanonicalUser}, and {@code *} for "Principal": "*").
 */
public record PolicyStatement(String sid, boolean allow, List<String> actions, List<String> notActions,
                              List<String> resources, List<String> notResources,
                              Map<String, List<String>> principals, Map<String, List<String>> notPrincipals,
                              List<Condition> conditions) {
    public PolicyStatement {
        actions = Copy.list(actions);
        notActions = Copy.list(notActions);
        resources = Copy.list(resources);
        notResources = Copy.list(notResources);
        principals = Copy.map(principals);
        notPrincipals = Copy.map(notPrincipals);
        conditions = Copy.list(conditions);
    }

    public boolean conditional() {
        return !conditions.isEmpty();
    }

    /** True for "Principal": "*" or {"AWS": "*"}. */
    public boolean anyPrincipal() {
        return principals.containsKey("*") || principals.getOrDefault("AWS", List.of()).contains("*");
    }
}
