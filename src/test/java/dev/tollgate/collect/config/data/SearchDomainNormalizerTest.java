package dev.tollgate.collect.config.data;

import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.PolicyStatement;
import dev.tollgate.model.SearchDomain;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OpenSearch domains from the three Config item shapes (config-items/AWS__OpenSearch__Domain.json). */
class SearchDomainNormalizerTest {
    private static final String ACC = "123456789012";

    @Test
    void hardenedVpcDomain() throws ItemException {
        SearchDomain d = Fixtures.shared(new SearchDomainNormalizer(), "AWS__OpenSearch__Domain.json", 0);
        assertEquals("arn:aws:es:us-east-1:" + ACC + ":domain/shopflow-search", d.arn());
        assertEquals("shopflow-search", d.domainName());
        assertEquals("OpenSearch_2.11", d.engineVersion());
        assertEquals("r6g.large.search", d.instanceType());
        assertEquals(3, d.instanceCount());
        assertEquals(Tri.TRUE, d.dedicatedMasters());
        assertEquals(3, d.dedicatedMasterCount());
        assertEquals(Tri.TRUE, d.zoneAwareness());
        assertEquals(3, d.availabilityZones());
        assertEquals(Tri.TRUE, d.inVpc());
        assertEquals(List.of("subnet-0a1a1a1a1a1a1a1a1", "subnet-0b2b2b2b2b2b2b2b2", "subnet-0c3c3c3c3c3c3c3c3"), d.subnetIds());
        assertEquals(List.of("sg-0e5e5e5e5e5e5e5e5"), d.securityGroupIds());
        assertEquals(Tri.TRUE, d.encryptionAtRest());
        assertEquals("arn:aws:kms:us-east-1:" + ACC + ":key/9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a", d.kmsKeyId());
        assertEquals(Tri.TRUE, d.nodeToNodeEncryption());
        assertEquals(Tri.TRUE, d.enforceHttps());
        assertEquals("Policy-Min-TLS-1-2-PFS-2023-10", d.tlsPolicy());
        assertEquals(Tri.TRUE, d.fineGrainedAccess());
        assertEquals(1, d.accessPolicy().statements().size());
        assertFalse(d.accessPolicy().statements().get(0).anyPrincipal());
        assertEquals(List.of("AUDIT_LOGS", "ES_APPLICATION_LOGS"), d.logsPublished(), "SEARCH_SLOW_LOGS is disabled");
        assertEquals(Map.of("Environment", "production", "Application", "shopflow"), d.tags());
    }

    @Test
    void openPublicLegacyDomainFromTheApiShape() throws ItemException {
        SearchDomain d = Fixtures.shared(new SearchDomainNormalizer(), "AWS__OpenSearch__Domain.json", 1);
        assertEquals("Elasticsearch_6.8", d.engineVersion());
        assertEquals(1, d.instanceCount());
        assertEquals(Tri.FALSE, d.zoneAwareness());
        assertEquals(1, d.availabilityZones(), "zone awareness off: one zone");
        assertNull(d.dedicatedMasterCount());
        assertEquals(Tri.FALSE, d.inVpc(), "no VPC options and a search- (public) endpoint");
        assertEquals(Tri.FALSE, d.encryptionAtRest());
        assertEquals(Tri.FALSE, d.nodeToNodeEncryption());
        assertEquals(Tri.FALSE, d.enforceHttps());
        assertEquals("Policy-Min-TLS-1-0-2019-07", d.tlsPolicy());
        assertEquals(Tri.FALSE, d.fineGrainedAccess());
        PolicyStatement s = d.accessPolicy().statements().get(0);
        assertTrue(s.anyPrincipal(), "AccessPolicies as a JSON string, Principal {AWS: *}");
        assertFalse(s.conditional());
        assertEquals(List.of(), d.logsPublished(), "LogPublishingOptions present and empty: nothing published");
    }

    @Test
    void advancedQueryItemWithSilentSettings() throws ItemException {
        SearchDomain d = Fixtures.shared(new SearchDomainNormalizer(), "AWS__OpenSearch__Domain.json", 2);
        assertEquals("catalog-search", d.name(), "Name from the advanced-query tag list");
        assertEquals(2, d.availabilityZones());
        assertEquals(4, d.instanceCount());
        assertEquals(Tri.UNKNOWN, d.inVpc(), "no VPC options and no endpoint recorded");
        assertEquals(Tri.UNKNOWN, d.fineGrainedAccess());
        assertEquals(Tri.UNKNOWN, d.dedicatedMasters());
        assertNull(d.accessPolicy(), "not recorded, not empty");
        assertNull(d.logsPublished(), "not recorded, not 'nothing published'");
        assertEquals("Policy-Min-TLS-1-2-2019-07", d.tlsPolicy());
    }
}
