package dev.tollgate.collect.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The normalizer for each supported Config resource type. */
public final class Normalizers {
    private final Map<String, ItemNormalizer> byType = new HashMap<>();

    public Normalizers() {
        Stream.of(NetworkNormalizers.all(), DataNormalizers.all(), IamNormalizers.all())
                .flatMap(List::stream)
                .forEach(n -> {
                    if (byType.put(n.resourceType(), n) != null) {
                        throw new IllegalStateException("two normalizers for " + n.resourceType());
                    }
                });
    }

    public Optional<ItemNormalizer> forType(String resourceType) {
        return Optional.ofNullable(byType.get(resourceType));
    }

    public java.util.Set<String> supportedTypes() {
        return java.util.Collections.unmodifiableSet(byType.keySet());
    }
}
