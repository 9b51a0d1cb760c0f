package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/** Null-safe immutable copies for record compact constructors. */
final class Copy {
    private Copy() {
    }

    static <T> List<T> list(List<T> in) {
        return in == null ? List.of() : List.copyOf(in);
    }

    static <K, V> Map<K, V> map(Map<K, V> in) {
        return in == null ? Map.of() : Map.copyOf(in);
    }

    static Tri tri(Tri t) {
        return t == null ? Tri.UNKNOWN : t;
    }
}
