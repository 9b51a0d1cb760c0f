package dev.tollgate.model;

import java.util.List;

/** One condition of a policy statement: {@code operator} (e.g. {@code StringEquals}), key, values. */
public record Condition(String operator, String key, List<String> values) {
    public Condition {
        values = Copy.list(values);
    }
}
