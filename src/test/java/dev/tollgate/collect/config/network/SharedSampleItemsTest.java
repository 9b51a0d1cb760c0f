package dev.tollgate.collect.config.network;

import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.EbsVolume;
import dev.tollgate.model.Ec2Instance;
import dev.tollgate.model.FlowLog;
import dev.tollgate.model.LaunchTemplate;
import dev.tollgate.model.NetworkAcl;
import dev.tollgate.model.Resource;
import dev.tollgate.model.RouteTable;
import dev.tollgate.model.SecurityGroup;
import dev.tollgate.model.SgPermission;
import dev.tollgate.model.SgPermission.PeerKind;
import dev.tollgate.model.Subnet;
import dev.tollgate.model.Tri;
import dev.tollgate.model.Vpc;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project's shared sample items ({@code src/test/resources/config-items/}, written independently of
 * these normalizers) go through them: every item yields a fact of its type with its id, and the samples'
 * security-relevant settings come out as recorded.
 */
class SharedSampleItemsTest {
    private static final Map<String, ItemNormalizer> BY_TYPE = Ec2Normalizers.all().stream()
            .collect(Collectors.toMap(ItemNormalizer::resourceType, n -> n));

    private static List<ConfigItem> shared(String type) {
        List<ConfigItem> items = Fixtures.items("/config-items/" + type.replace("::", "__") + ".json");
        assertNotNull(items, "shared sample items for " + type + " are missing from src/test/resources/config-items");
        return items;
    }

    private static Resource fact(String type, String resourceId) throws Exception {
        for (ConfigItem item : shared(type)) {
            if (resourceId.equals(item.resourceId())) {
                return BY_TYPE.get(type).normalize(item);
            }
        }
        throw new AssertionError("no shared sample " + resourceId);
    }

    @TestFactory
    List<DynamicTest> everySharedItemNormalizes() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ItemNormalizer n : Ec2Normalizers.all()) {
            tests.add(DynamicTest.dynamicTest(n.resourceType(), () -> {
                List<ConfigItem> items = shared(n.resourceType());
                assertFalse(items.isEmpty());
                for (ConfigItem item : items) {
                    Resource r = n.normalize(item);
                    assertEquals(n.resourceType(), r.resourceType());
                    assertEquals(item.arn(), r.arn());
                    assertEquals(item.account(), r.account());
                    assertEquals(item.region(), r.region());
                    assertNotNull(r.name());
                    assertTrue(r.arn().endsWith("/" + item.resourceId()), r.arn());
                }
            }));
        }
        return tests;
    }

    @Test
    void bastionGroupOpensSshToTheInternetAndDefaultGroupIsFlagged() throws Exception {
        SecurityGroup bastion = (SecurityGroup) fact("AWS::EC2::SecurityGroup", "sg-0a1b2c3d4e5f6a705");
        SecurityGroup dflt = (SecurityGroup) fact("AWS::EC2::SecurityGroup", "sg-0a1b2c3d4e5f6a700");

        assertEquals(List.of(new SgPermission("tcp", 22, 22, PeerKind.CIDR, "0.0.0.0/0", "SSH")), bastion.ingress());
        assertEquals(List.of(new SgPermission("-1", -1, -1, PeerKind.CIDR, "0.0.0.0/0", null)), bastion.egress());
        assertFalse(bastion.defaultGroup());
        assertTrue(dflt.defaultGroup());
        assertEquals(List.of(new SgPermission("-1", -1, -1, PeerKind.SECURITY_GROUP, "sg-0a1b2c3d4e5f6a700", null)),
                dflt.ingress());
    }

    @Test
    void networkSamples() throws Exception {
        assertTrue(((Vpc) fact("AWS::EC2::VPC", "vpc-0d5e6f7a8b9c0d1e2")).defaultVpc());
        assertEquals(Tri.TRUE, ((Subnet) fact("AWS::EC2::Subnet", "subnet-01a2b3c4d5e6f7a01")).mapPublicIpOnLaunch());
        RouteTable data = (RouteTable) fact("AWS::EC2::RouteTable", "rtb-0d1e2f3a4b5c60004");
        assertTrue(data.main());
        assertTrue(data.internetRouted());
        assertEquals(List.of("subnet-03c4d5e6f7a8b9c01", "subnet-03c4d5e6f7a8b9c02"), data.subnetIds());
        NetworkAcl acl = (NetworkAcl) fact("AWS::EC2::NetworkAcl", "acl-0f0e0d0c0b0a09082");
        assertEquals(7, acl.entries().size());
        assertEquals(-1, acl.entries().get(3).fromPort());
        assertEquals(32767, acl.entries().get(3).ruleNumber());
        FlowLog rejectOnly = (FlowLog) fact("AWS::EC2::FlowLog", "fl-0a1b2c3d4e5f6a7b8");
        assertEquals("REJECT", rejectOnly.trafficType());
        assertEquals("vpc-0d5e6f7a8b9c0d1e2", rejectOnly.resourceId());
    }

    @Test
    void computeSamples() throws Exception {
        assertEquals("optional", ((Ec2Instance) fact("AWS::EC2::Instance", "i-0b1a57100ffee1234")).imdsHttpTokens());
        assertEquals("required", ((Ec2Instance) fact("AWS::EC2::Instance", "i-0c2d3e4f5a6b7c8d9")).imdsHttpTokens());
        LaunchTemplate legacy = (LaunchTemplate) fact("AWS::EC2::LaunchTemplate", "lt-0a9b8c7d6e5f4a3b2");
        assertEquals("optional", legacy.imdsHttpTokens());
        assertEquals(Tri.TRUE, legacy.associatePublicIp());
        assertEquals(Tri.FALSE, legacy.blockDevices().get(0).encrypted());
        assertTrue(legacy.userData().startsWith("#!/bin/bash\n"), legacy.userData());
        assertEquals(Tri.FALSE, ((EbsVolume) fact("AWS::EC2::Volume", "vol-0a5b6c7d8e9f01234")).encrypted());
        assertEquals(Tri.TRUE, ((EbsVolume) fact("AWS::EC2::Volume", "vol-0c7d8e9f0a1b23456")).encrypted());
    }
}
