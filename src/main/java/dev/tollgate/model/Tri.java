package dev.tollgate.model;

/**
 * A boolean setting as far as the inputs tell: {@code UNKNOWN} when the source did not say.
 * Rules must treat UNKNOWN as "not assessed", never as compliant or non-compliant.
 */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    public static Tri of(Boolean b) {
        return b == null ? UNKNOWN : (b ? TRUE : FALSE);
    }

    public boolean known() {
        return this != UNKNOWN;
    }
}
