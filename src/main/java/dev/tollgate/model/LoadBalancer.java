package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/** An ELBv2 load balancer ({@code application}, {@code network}, {@code gateway}). */
public record LoadBalancer(String arn, String account, String region, String name, Map<String, String> tags,
                           String type, String scheme, String dnsName, String vpcId, List<String> subnetIds,
                           List<String> availabilityZones, List<String> securityGroupIds, Tri accessLogs,
                           Tri deletionProtection, Tri dropInvalidHeaders) implements Resource {
    public LoadBalancer {
        tags = Copy.map(tags);
        subnetIds = Copy.list(subnetIds);
        availabilityZones = Copy.list(availabilityZones);
        securityGroupIds = Copy.list(securityGroupIds);
        accessLogs = Copy.tri(accessLogs);
        deletionProtection = Copy.tri(deletionProtection);
        dropInvalidHeaders = Copy.tri(dropInvalidHeaders);
    }

    public boolean internetFacing() {
        return "internet-facing".equals(scheme);
    }

    @Override
    public String resourceType() {
        return "AWS::ElasticLoadBalancingV2::LoadBalancer";
    }
}
