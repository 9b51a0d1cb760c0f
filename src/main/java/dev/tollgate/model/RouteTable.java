package dev.tollgate.model;

import java.util.List;
import java.util.Map;

public record RouteTable(String arn, String account, String region, String name, Map<String, String> tags,
                         String routeTableId, String vpcId, boolean main, List<String> subnetIds,
                         List<Route> routes) implements Resource {
    public RouteTable {
        tags = Copy.map(tags);
        subnetIds = Copy.list(subnetIds);
        routes = Copy.list(routes);
    }

    /** True when a default route leads to an internet gateway: subnets using this table are public. */
    public boolean internetRouted() {
        return routes.stream().anyMatch(r -> r.defaultRoute() && r.toInternetGateway());
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::RouteTable";
    }
}
