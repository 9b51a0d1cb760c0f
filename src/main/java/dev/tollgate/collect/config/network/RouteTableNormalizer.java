package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Route;
import dev.tollgate.model.RouteTable;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::EC2::RouteTable}: subnet associations (and whether it is the VPC's main table) and the
 * active routes, each reduced to a destination and a typed target. Blackhole routes (target deleted or
 * detached) carry no traffic and are left out, so a dead internet-gateway route does not make subnets public.
 */
public final class RouteTableNormalizer implements ItemNormalizer {
    /** Target fields in the order they are tested: an instance route also names the instance's ENI. */
    private static final List<String[]> TARGETS = List.of(
            new String[] {"natGatewayId", "NAT"},
            new String[] {"transitGatewayId", "TGW"},
            new String[] {"vpcPeeringConnectionId", "PCX"},
            new String[] {"egressOnlyInternetGatewayId", "OTHER"},
            new String[] {"carrierGatewayId", "OTHER"},
            new String[] {"localGatewayId", "OTHER"},
            new String[] {"coreNetworkArn", "OTHER"},
            new String[] {"instanceId", "INSTANCE"},
            new String[] {"networkInterfaceId", "ENI"});

    @Override
    public String resourceType() {
        return "AWS::EC2::RouteTable";
    }

    @Override
    public RouteTable normalize(ConfigItem item) throws ItemException {
        JsonNode conf = Ec2Items.configuration(item);
        String tableId = Ec2Items.id(item, conf, "routeTableId");
        Ec2Items.Identity id = Ec2Items.identity(item, "route-table", tableId, Ec2Items.tags(item, conf), null);
        boolean main = false;
        Set<String> subnets = new LinkedHashSet<>();
        for (JsonNode a : Json.array(conf, "associations")) {
            if (!current(a)) {
                continue;
            }
            main |= Json.tri(a, "main") == Tri.TRUE;
            String subnet = Json.text(a, "subnetId");
            if (subnet != null) {
                subnets.add(subnet);
            }
        }
        List<Route> routes = new ArrayList<>();
        for (JsonNode r : Json.array(conf, "routes")) {
            if ("blackhole".equals(Ec2Items.enumText(r, "state"))) {
                continue; // its target is gone: the route carries no traffic
            }
            String destination = Json.text(r, "destinationCidrBlock", "destinationIpv6CidrBlock", "destinationPrefixListId");
            routes.add(target(destination, r));
        }
        return new RouteTable(id.arn(), id.account(), id.region(), id.name(), id.tags(),
                tableId, Json.text(conf, "vpcId"), main, new ArrayList<>(subnets), routes);
    }

    /** Associations being removed or that failed no longer route the subnet. */
    private static boolean current(JsonNode association) {
        String state = Ec2Items.enumText(Json.get(association, "associationState"), "state");
        return state == null || state.equals("associated") || state.equals("associating");
    }

    private static Route target(String destination, JsonNode r) {
        String gateway = Json.text(r, "gatewayId");
        if (gateway != null) {
            return new Route(destination, gatewayType(gateway), gateway);
        }
        for (String[] t : TARGETS) {
            String v = Json.text(r, t[0]);
            if (v != null) {
                return new Route(destination, t[1], v);
            }
        }
        return new Route(destination, "OTHER", null); // a target type this normalizer does not know
    }

    /** {@code gatewayId} holds internet gateways, "local", gateway endpoints and virtual private gateways. */
    private static String gatewayType(String gateway) {
        if (gateway.equals("local")) {
            return "LOCAL";
        }
        if (gateway.startsWith("igw-")) {
            return "IGW";
        }
        if (gateway.startsWith("vpce-")) {
            return "VPCE";
        }
        return "OTHER"; // vgw-* and anything newer
    }
}
