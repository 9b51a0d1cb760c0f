package dev.tollgate.model;

import java.util.List;
import java.util.Map;

public record NetworkAcl(String arn, String account, String region, String name, Map<String, String> tags,
                         String networkAclId, String vpcId, boolean defaultAcl, List<String> subnetIds,
                         List<NaclEntry> entries) implements Resource {
    public NetworkAcl {
        tags = Copy.map(tags);
        subnetIds = Copy.list(subnetIds);
        entries = Copy.list(entries);
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::NetworkAcl";
    }
}
