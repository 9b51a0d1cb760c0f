package dev.tollgate.model;

import java.util.Map;

public record Vpc(String arn, String account, String region, String name, Map<String, String> tags,
                  String vpcId, String cidrBlock, boolean defaultVpc) implements Resource {
    public Vpc {
        tags = Copy.map(tags);
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::VPC";
    }
}
