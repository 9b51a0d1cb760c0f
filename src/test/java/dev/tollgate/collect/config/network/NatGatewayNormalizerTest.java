package dev.tollgate.collect.config.network;

import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.NatGateway;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NatGatewayNormalizerTest {
    private static final NatGatewayNormalizer N = new NatGatewayNormalizer();

    private static NatGateway item(int index) throws ItemException {
        List<ConfigItem> items = Fixtures.items("/config-items/AWS__EC2__NatGateway.json");
        assertNotNull(items, "shared fixture AWS__EC2__NatGateway.json");
        return N.normalize(items.get(index));
    }

    @Test
    void publicGatewayFromADeliveryItem() throws Exception {
        assertEquals(new NatGateway("arn:aws:ec2:us-east-1:123456789012:natgateway/nat-0a9b8c7d6e5f40301", "123456789012",
                "us-east-1", "taskflow-production-nat-1a", Map.of("Name", "taskflow-production-nat-1a", "Environment", "production"),
                "nat-0a9b8c7d6e5f40301", "vpc-0a1b2c3d4e5f60718", "subnet-01a2b3c4d5e6f7a01", "available", "public",
                List.of("54.210.33.18"), List.of("eipalloc-0a1b2c3d4e5f60801")), item(0));
        assertTrue(item(0).publicGateway());
        assertTrue(item(0).live());
    }

    @Test
    void privateGatewayFromAnApiItemWithTheStateAsAnObject() throws Exception {
        NatGateway nat = item(1);
        assertEquals("nat-0b1c2d3e4f5a60302", nat.natGatewayId());
        assertEquals("nat-0b1c2d3e4f5a60302", nat.name(), "untagged: named by its id");
        assertEquals("available", nat.state());
        assertEquals("private", nat.connectivityType());
        assertFalse(nat.publicGateway());
        assertEquals(List.of(), nat.publicIps());
        assertEquals(List.of(), nat.allocationIds());
        assertEquals("subnet-02b3c4d5e6f7a8b02", nat.subnetId());
    }

    @Test
    void legacyDeletedGatewayIsPublicAndNotLive() throws Exception {
        NatGateway nat = item(2);
        assertEquals("legacy-nat", nat.name(), "advanced-query tag list");
        assertEquals("public", nat.connectivityType(), "no connectivityType: created before private NAT existed");
        assertEquals("deleted", nat.state());
        assertFalse(nat.live());
        assertEquals(List.of("3.222.14.90"), nat.publicIps());
    }

    @Test
    void registeredForItsConfigType() {
        assertTrue(Ec2Normalizers.all().stream().anyMatch(n -> n.resourceType().equals("AWS::EC2::NatGateway")));
    }
}
