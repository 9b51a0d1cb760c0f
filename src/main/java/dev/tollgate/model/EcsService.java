package dev.tollgate.model;

import java.util.List;
import java.util.Map;

public record EcsService(String arn, String account, String region, String name, Map<String, String> tags,
                         String clusterArn, String serviceName, Integer desiredCount, String launchType,
                         String taskDefinitionArn, Tri assignPublicIp, List<String> subnetIds,
                         List<String> securityGroupIds) implements Resource {
    public EcsService {
        tags = Copy.map(tags);
        assignPublicIp = Copy.tri(assignPublicIp);
        subnetIds = Copy.list(subnetIds);
        securityGroupIds = Copy.list(securityGroupIds);
    }

    @Override
    public String resourceType() {
        return "AWS::ECS::Service";
    }
}
