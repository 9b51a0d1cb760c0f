package dev.tollgate.collect.config.network;

import dev.tollgate.model.Route;
import dev.tollgate.model.RouteTable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.tollgate.collect.config.network.Fixtures.ACCOUNT;
import static dev.tollgate.collect.config.network.Fixtures.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTableNormalizerTest {
    private final RouteTableNormalizer normalizer = new RouteTableNormalizer();

    @Test
    void typesEveryRouteTargetOfAVersion12Item() throws Exception {
        RouteTable table = normalizer.normalize(Fixtures.own("RouteTable", "rtb-0a1a2a3a4a5a6a7a8"));

        assertEquals(new RouteTable(Fixtures.arn("route-table", "rtb-0a1a2a3a4a5a6a7a8"), ACCOUNT, REGION,
                "public-rt", Map.of("Name", "public-rt"), "rtb-0a1a2a3a4a5a6a7a8", "vpc-0a11b22c33d44e55f", false,
                // the gateway (edge) association names no subnet
                List.of("subnet-0aaa1111bbbb2222c", "subnet-0eee5555ffff6666a"),
                List.of(
                        new Route("10.40.0.0/16", "LOCAL", "local"),
                        new Route("0.0.0.0/0", "IGW", "igw-0123456789abcdef0"),
                        new Route("::/0", "OTHER", "eigw-0123456789abcdef0"),
                        new Route("pl-63a5400a", "VPCE", "vpce-0a1b2c3d4e5f60789"),
                        new Route("10.41.0.0/16", "PCX", "pcx-0123456789abcdef0"),
                        new Route("10.42.0.0/16", "TGW", "tgw-0123456789abcdef0"),
                        new Route("192.168.0.0/16", "OTHER", "vgw-0123456789abcdef0"),
                        // an instance route also names the instance's ENI: the instance wins
                        new Route("10.43.0.0/16", "INSTANCE", "i-0123456789abcdef0"),
                        new Route("10.44.0.0/16", "ENI", "eni-0fedcba9876543210"))),
                // the blackhole route to a deleted internet gateway is not there
                table);
        assertTrue(table.internetRouted());
    }

    @Test
    void mainTableOfAVersion13ItemDropsAssociationsBeingRemoved() throws Exception {
        RouteTable table = normalizer.normalize(Fixtures.own("RouteTable", "rtb-0b1b2b3b4b5b6b7b8"));

        assertEquals(new RouteTable(Fixtures.arn("route-table", "rtb-0b1b2b3b4b5b6b7b8"), ACCOUNT, REGION,
                "private-main", Map.of("Name", "private-main"), "rtb-0b1b2b3b4b5b6b7b8", "vpc-0a11b22c33d44e55f", true,
                List.of("subnet-0ccc3333dddd4444e"),
                List.of(new Route("10.40.0.0/16", "LOCAL", "local"),
                        new Route("0.0.0.0/0", "NAT", "nat-0123456789abcdef0"))),
                table);
        assertFalse(table.internetRouted());
    }
}
