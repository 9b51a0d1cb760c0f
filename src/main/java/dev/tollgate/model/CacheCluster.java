package dev.tollgate.model;

import java.util.Map;

/**
 * An ElastiCache cache cluster (a node of a Redis/Valkey replication group, or a Memcached cluster). Only what the
 * replication group does not record itself is kept: the engine version of its members.
 *
 * @param replicationGroupId the replication group the cluster belongs to; null for a standalone cluster
 * @param engineVersion      e.g. {@code 7.0.7}; null when not recorded
 */
public record CacheCluster(String arn, String account, String region, String name, Map<String, String> tags,
                           String cacheClusterId, String replicationGroupId, String engine,
                           String engineVersion) implements Resource {
    public CacheCluster {
        tags = Copy.map(tags);
    }

    @Override
    public String resourceType() {
        return "AWS::ElastiCache::CacheCluster";
    }
}
