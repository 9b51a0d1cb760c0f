package dev.tollgate.collect.config.network;

import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.model.SecurityGroup;
import dev.tollgate.model.SgPermission;
import dev.tollgate.model.SgPermission.PeerKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.tollgate.collect.config.network.Fixtures.ACCOUNT;
import static dev.tollgate.collect.config.network.Fixtures.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SecurityGroupNormalizerTest {
    private final SecurityGroupNormalizer normalizer = new SecurityGroupNormalizer();

    @Test
    void flattensEveryPeerOfAVersion12ItemIntoItsOwnPermission() throws Exception {
        ConfigItem item = Fixtures.own("SecurityGroup", "sg-0123456789abcdef0");

        SecurityGroup sg = normalizer.normalize(item);

        assertEquals(new SecurityGroup(Fixtures.arn("security-group", "sg-0123456789abcdef0"), ACCOUNT, REGION,
                "web-tier", Map.of("Name", "web-tier", "env", "prod"),
                "sg-0123456789abcdef0", "vpc-0a11b22c33d44e55f", "web tier", false,
                List.of(
                        // ipv4Ranges and the legacy ipRanges list the same CIDR: one permission, with the description
                        new SgPermission("tcp", 22, 22, PeerKind.CIDR, "0.0.0.0/0", "ssh from anywhere"),
                        new SgPermission("tcp", 22, 22, PeerKind.CIDR, "::/0", null),
                        new SgPermission("tcp", 443, 443, PeerKind.SECURITY_GROUP, "sg-0aaaabbbbccccdddd", "from alb"),
                        new SgPermission("tcp", 8080, 8090, PeerKind.PREFIX_LIST, "pl-63a5400a", "s3 endpoints"),
                        new SgPermission("udp", 53, 53, PeerKind.CIDR, "10.0.0.0/8", null),
                        new SgPermission("icmp", 8, -1, PeerKind.CIDR, "10.0.0.0/8", null)),
                List.of(
                        new SgPermission("-1", -1, -1, PeerKind.CIDR, "0.0.0.0/0", null),
                        new SgPermission("-1", -1, -1, PeerKind.CIDR, "::/0", null))),
                sg);
    }

    @Test
    void readsTheDefaultGroupOfAVersion13ItemWithTagsFromTheConfiguration() throws Exception {
        ConfigItem item = Fixtures.own("SecurityGroup", "sg-0fedcba9876543210");

        SecurityGroup sg = normalizer.normalize(item);

        assertEquals(new SecurityGroup(Fixtures.arn("security-group", "sg-0fedcba9876543210"), ACCOUNT, REGION,
                "default", Map.of("Owner", "netops"),
                "sg-0fedcba9876543210", "vpc-0a11b22c33d44e55f", "default VPC security group", true,
                List.of(
                        new SgPermission("-1", -1, -1, PeerKind.SECURITY_GROUP, "sg-0fedcba9876543210", null),
                        new SgPermission("icmpv6", -1, -1, PeerKind.CIDR, "2001:db8::/32", "v6 ping"),
                        // ESP (50) has no ports: all of them
                        new SgPermission("50", -1, -1, PeerKind.CIDR, "203.0.113.0/24", "ipsec peer")),
                List.of()),
                sg);
    }

    @Test
    void ruleSemanticsHoldOnTheFlattenedPermissions() throws Exception {
        SecurityGroup sg = normalizer.normalize(Fixtures.own("SecurityGroup", "sg-0123456789abcdef0"));

        List<SgPermission> openSsh = sg.ingress().stream().filter(p -> p.fromAnywhere() && p.coversPort(22)).toList();

        assertEquals(List.of("0.0.0.0/0", "::/0"), openSsh.stream().map(SgPermission::peer).toList());
    }
}
