package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.CacheCluster;
import dev.tollgate.model.Resource;

import java.util.Map;

/**
 * {@code AWS::ElastiCache::CacheCluster}: the camelCase DescribeCacheClusters shape ({@code cacheClusterId},
 * {@code replicationGroupId}, {@code engine}, {@code engineVersion}) or the CloudFormation shape ({@code ClusterName},
 * {@code Engine}, {@code EngineVersion}). Read for the engine version, which replication group items lack.
 */
public final class CacheClusterNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::ElastiCache::CacheCluster";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String id = Json.text(c, "cacheClusterId", "clusterName");
        if (id == null) {
            id = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        String account = Items.account(item);
        String arn = Items.arn(item, Json.text(c, "arn") != null ? Json.text(c, "arn")
                : "arn:aws:elasticache:" + item.region() + ":" + account + ":cluster:" + id);
        return new CacheCluster(arn, account, item.region(), Items.name(item, tags), tags, id,
                Json.text(c, "replicationGroupId"), Json.text(c, "engine"), Json.text(c, "engineVersion"));
    }
}
