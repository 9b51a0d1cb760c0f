package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * A VPC NAT gateway.
 *
 * @param state            pending, available, deleting, deleted, failed; null when not recorded
 * @param connectivityType {@code public} (needs a public subnet and an Elastic IP) or {@code private}; gateways
 *                         created before private NAT existed record none and are public
 * @param publicIps        public addresses of its Elastic IP allocations (empty for private gateways)
 * @param allocationIds    Elastic IP allocation ids
 */
public record NatGateway(String arn, String account, String region, String name, Map<String, String> tags,
                         String natGatewayId, String vpcId, String subnetId, String state,
                         String connectivityType, List<String> publicIps, List<String> allocationIds)
        implements Resource {
    public NatGateway {
        tags = Copy.map(tags);
        publicIps = Copy.list(publicIps);
        allocationIds = Copy.list(allocationIds);
    }

    /** True for a public NAT gateway (the default connectivity type). */
    public boolean publicGateway() {
        return !"private".equalsIgnoreCase(connectivityType);
    }

    /** True unless the gateway is being deleted, deleted or failed (such a gateway carries no traffic). */
    public boolean live() {
        return state == null || !(state.equals("deleting") || state.equals("deleted") || state.equals("failed"));
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::NatGateway";
    }
}
