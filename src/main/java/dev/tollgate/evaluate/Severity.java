package dev.tollgate.evaluate;

import java.util.Locale;

/** Finding severity, most severe first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** Parses {@code critical|high|medium|low|info} (any case); null when not one of them. */
    public static Severity parse(String s) {
        if (s == null) {
            return null;
        }
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when this severity is at or above {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
