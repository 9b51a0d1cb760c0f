package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An ECS service. {@code launchType} is null when the service runs on capacity providers; then
 * {@code capacityProviders} names the providers of its capacity provider strategy (FARGATE, FARGATE_SPOT or an
 * Auto Scaling group provider), empty when the service uses the cluster's default strategy (not recorded here).
 * {@code subnetIds} and {@code assignPublicIp} come from the awsvpc network configuration (empty / UNKNOWN
 * without one). {@code deploymentController} is the service's DeploymentController.Type (ECS for rolling updates,
 * CODE_DEPLOY for CodeDeploy blue/green, EXTERNAL), null when the item does not record it; {@code targetGroupArns} are
 * the target groups of its LoadBalancers (empty when it has none or they were not recorded).
 */
public record EcsService(String arn, String account, String region, String name, Map<String, String> tags,
                         String clusterArn, String serviceName, Integer desiredCount, String launchType,
                         String taskDefinitionArn, Tri assignPublicIp, List<String> subnetIds,
                         List<String> securityGroupIds, List<String> capacityProviders,
                         String deploymentController, List<String> targetGroupArns) implements Resource {
    public EcsService {
        tags = Copy.map(tags);
        assignPublicIp = Copy.tri(assignPublicIp);
        subnetIds = Copy.list(subnetIds);
        securityGroupIds = Copy.list(securityGroupIds);
        capacityProviders = Copy.list(capacityProviders);
        targetGroupArns = Copy.list(targetGroupArns);
    }

    @Override
    public String resourceType() {
        return "AWS::ECS::Service";
    }
}
