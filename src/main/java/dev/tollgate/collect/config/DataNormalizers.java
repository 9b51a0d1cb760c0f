package dev.tollgate.collect.config;

import java.util.List;

/** Normalizers for data stores, edge, logging, keys, secrets, containers and certificates. */
final class DataNormalizers {
    private DataNormalizers() {
    }

    static List<ItemNormalizer> all() {
        return List.of();
    }
}
