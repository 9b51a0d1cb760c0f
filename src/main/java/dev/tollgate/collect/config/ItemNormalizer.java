package dev.tollgate.collect.config;

import dev.tollgate.model.Resource;

/** Turns the configuration items of one resource type into facts. Stateless. */
public interface ItemNormalizer {
    /** The Config resource type handled, e.g. {@code AWS::EC2::SecurityGroup}. */
    String resourceType();

    /**
     * The fact for {@code item}.
     *
     * @throws ItemException when the item lacks what the fact needs (the resource is then "not assessed")
     */
    Resource normalize(ConfigItem item) throws ItemException;
}
