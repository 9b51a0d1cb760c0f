package dev.tollgate.model;

import java.util.List;
import java.util.Map;

public record SecurityGroup(String arn, String account, String region, String name, Map<String, String> tags,
                            String groupId, String vpcId, String description, boolean defaultGroup,
                            List<SgPermission> ingress, List<SgPermission> egress) implements Resource {
    public SecurityGroup {
        tags = Copy.map(tags);
        ingress = Copy.list(ingress);
        egress = Copy.list(egress);
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::SecurityGroup";
    }
}
