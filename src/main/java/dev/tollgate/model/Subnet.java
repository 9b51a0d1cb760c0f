package dev.tollgate.model;

import java.util.Map;

public record Subnet(String arn, String account, String region, String name, Map<String, String> tags,
                     String subnetId, String vpcId, String availabilityZone, String cidrBlock,
                     Tri mapPublicIpOnLaunch) implements Resource {
    public Subnet {
        tags = Copy.map(tags);
        mapPublicIpOnLaunch = Copy.tri(mapPublicIpOnLaunch);
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::Subnet";
    }
}
