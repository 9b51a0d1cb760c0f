package dev.tollgate.collect.config.network;

import dev.tollgate.model.NaclEntry;
import dev.tollgate.model.NetworkAcl;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.tollgate.collect.config.network.Fixtures.ACCOUNT;
import static dev.tollgate.collect.config.network.Fixtures.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NetworkAclNormalizerTest {
    private final NetworkAclNormalizer normalizer = new NetworkAclNormalizer();

    @Test
    void readsEntriesPortsAndSubnetsOfAVersion12Item() throws Exception {
        NetworkAcl acl = normalizer.normalize(Fixtures.own("NetworkAcl", "acl-0a0b0c0d0e0f01234"));

        assertEquals(new NetworkAcl(Fixtures.arn("network-acl", "acl-0a0b0c0d0e0f01234"), ACCOUNT, REGION,
                "public-nacl", Map.of("Name", "public-nacl"), "acl-0a0b0c0d0e0f01234", "vpc-0a11b22c33d44e55f", false,
                List.of("subnet-0aaa1111bbbb2222c", "subnet-0eee5555ffff6666a"),
                List.of(
                        new NaclEntry(100, false, "6", 22, 22, "0.0.0.0/0", true),
                        new NaclEntry(110, false, "-1", -1, -1, "::/0", false),
                        new NaclEntry(120, false, "1", -1, -1, "10.0.0.0/8", true),
                        new NaclEntry(130, false, "17", 1024, 65535, "10.0.0.0/8", true),
                        new NaclEntry(32767, false, "-1", -1, -1, "0.0.0.0/0", false),
                        new NaclEntry(100, true, "-1", -1, -1, "0.0.0.0/0", true),
                        new NaclEntry(32767, true, "-1", -1, -1, "0.0.0.0/0", false))),
                acl);
    }

    @Test
    void defaultAclOfAVersion13ItemKeepsItsImplicitDenies() throws Exception {
        NetworkAcl acl = normalizer.normalize(Fixtures.own("NetworkAcl", "acl-0f9e8d7c6b5a40321"));

        assertEquals(new NetworkAcl(Fixtures.arn("network-acl", "acl-0f9e8d7c6b5a40321"), ACCOUNT, REGION,
                "acl-0f9e8d7c6b5a40321", Map.of(), "acl-0f9e8d7c6b5a40321", "vpc-0a11b22c33d44e55f", true, List.of(),
                List.of(
                        new NaclEntry(100, true, "-1", -1, -1, "0.0.0.0/0", true),
                        new NaclEntry(101, true, "-1", -1, -1, "::/0", true),
                        new NaclEntry(32767, true, "-1", -1, -1, "0.0.0.0/0", false),
                        new NaclEntry(32768, true, "-1", -1, -1, "::/0", false),
                        new NaclEntry(100, false, "-1", -1, -1, "0.0.0.0/0", true),
                        new NaclEntry(32767, false, "-1", -1, -1, "0.0.0.0/0", false))),
                acl);
    }
}
