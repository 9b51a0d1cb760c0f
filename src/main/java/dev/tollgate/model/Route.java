package dev.tollgate.model;

/**
 * A route of a route table.
 *
 * @param destination CIDR (v4 or v6) or prefix-list id
 * @param targetType  IGW, NAT, TGW, PCX, VPCE, ENI, INSTANCE, LOCAL, OTHER
 * @param targetId    e.g. {@code igw-0abc}
 */
public record Route(String destination, String targetType, String targetId) {
    public boolean toInternetGateway() {
        return "IGW".equals(targetType);
    }

    public boolean defaultRoute() {
        return "0.0.0.0/0".equals(destination) || "::/0".equals(destination);
    }
}
