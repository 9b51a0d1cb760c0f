package dev.tollgate.collect.config.data;

import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.CacheCluster;
import dev.tollgate.model.CacheReplicationGroup;
import dev.tollgate.model.CloudFrontDistribution;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** CloudFront delivery settings (origins, compression, cache policy, TTLs) and ElastiCache engine versions. */
class EdgeDeliveryNormalizersTest {
    @Test
    void cloudFrontWithTheManagedCachingOptimizedPolicy() throws ItemException {
        CloudFrontDistribution d = Fixtures.shared(new CloudFrontDistributionNormalizer(), "AWS__CloudFront__Distribution.json", 0);
        assertEquals(List.of("taskflow-production-static-assets.s3.us-east-1.amazonaws.com", "origin-api.taskflow.app"),
                d.originDomainNames());
        assertEquals(Tri.TRUE, d.compress());
        assertEquals("658327ea-f89d-4fab-a63d-7e88639e58f6", d.cachePolicyId());
        assertEquals(86400L, d.defaultTtl());
        assertEquals(31536000L, d.maxTtl());
        assertEquals(86400L, d.effectiveDefaultTtl(), "CachingOptimized's documented default TTL");
        assertEquals(31536000L, d.effectiveMaxTtl());
    }

    @Test
    void cloudFrontV12ItemAsString() throws ItemException {
        CloudFrontDistribution d = Fixtures.shared(new CloudFrontDistributionNormalizer(), "AWS__CloudFront__Distribution.json", 1);
        assertEquals(2, d.originDomainNames().size());
        assertEquals(Tri.TRUE, d.compress());
        assertEquals("658327ea-f89d-4fab-a63d-7e88639e58f6", d.cachePolicyId());
    }

    @Test
    void cloudFrontWithLegacyCacheSettings() throws ItemException {
        CloudFrontDistribution d = Fixtures.shared(new CloudFrontDistributionNormalizer(), "AWS__CloudFront__Distribution.json", 2);
        assertEquals("arn:aws:cloudfront::123456789012:distribution/E2LEGACYCACHE1", d.arn());
        assertEquals("legacy-cache-settings", d.name());
        assertEquals(List.of("taskflow-production-static-assets.s3.us-east-1.amazonaws.com", "downloads-origin.example.com"),
                d.originDomainNames(), "lower case, trailing dot removed");
        assertEquals(Tri.FALSE, d.compress());
        assertNull(d.cachePolicyId());
        assertEquals(3600L, d.effectiveDefaultTtl(), "no cache policy: the legacy DefaultTTL applies");
        assertEquals(86400L, d.effectiveMaxTtl());
        assertEquals("http2", d.httpVersion());
        assertEquals("PriceClass_100", d.priceClass());
        assertNull(d.webAclId());
    }

    @Test
    void cloudFrontWithoutCacheSettingsRecorded() throws ItemException {
        CloudFrontDistribution d = Fixtures.data(new CloudFrontDistributionNormalizer(), "cloudfront-distribution.json", 1);
        assertEquals(List.of("legacy.example.com"), d.originDomainNames());
        assertEquals(Tri.UNKNOWN, d.compress());
        assertNull(d.defaultTtl());
        assertNull(d.effectiveDefaultTtl());
    }

    @Test
    void cacheClusterDeliveryItem() throws ItemException {
        CacheCluster c = Fixtures.shared(new CacheClusterNormalizer(), "AWS__ElastiCache__CacheCluster.json", 0);
        assertEquals("arn:aws:elasticache:us-east-1:123456789012:cluster:taskflow-production-redis-0001-001", c.arn());
        assertEquals("123456789012", c.account());
        assertEquals("us-east-1", c.region());
        assertEquals("taskflow-production-redis-0001-001", c.cacheClusterId());
        assertEquals("taskflow-production-redis", c.replicationGroupId());
        assertEquals("redis", c.engine());
        assertEquals("7.0.7", c.engineVersion());
        assertEquals("AWS::ElastiCache::CacheCluster", c.resourceType());
    }

    @Test
    void cacheClusterApiItemAsString() throws ItemException {
        CacheCluster c = Fixtures.shared(new CacheClusterNormalizer(), "AWS__ElastiCache__CacheCluster.json", 1);
        assertEquals("us-west-2", c.region());
        assertEquals("legacy-sessions-001", c.cacheClusterId());
        assertEquals("legacy-sessions", c.replicationGroupId());
        assertEquals("5.0.6", c.engineVersion());
    }

    @Test
    void replicationGroupEngineVersionWhenTheItemCarriesIt() throws ItemException {
        CacheReplicationGroup ok = Fixtures.shared(new CacheReplicationGroupNormalizer(), "AWS__ElastiCache__ReplicationGroup.json", 1);
        assertEquals("7.0.7", ok.engineVersion());
        CacheReplicationGroup g = Fixtures.data(new CacheReplicationGroupNormalizer(), "elasticache-replication-group.json", 1);
        assertNull(g.engineVersion(), "DescribeReplicationGroups has no EngineVersion: the member clusters carry it");
    }
}
