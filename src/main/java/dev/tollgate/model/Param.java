package dev.tollgate.model;

import java.util.List;

/**
 * One documented parameter of the environment profile (e.g. {@code rds.backupRetentionDays = 30}).
 * Exactly one of number / text / flag / list is set, per the parameter's declared type.
 */
public record Param(String key, Double number, String text, Boolean flag, List<String> list) {
    public Param {
        list = Copy.list(list);
    }

    public int intValue() {
        return number == null ? 0 : number.intValue();
    }

    public boolean contains(String value) {
        return list.contains(value);
    }
}
