package dev.tollgate.model;

import java.util.Map;

/**
 * An Application Auto Scaling scalable target (AWS Config does not record them: read from
 * {@code aws application-autoscaling describe-scalable-targets}). {@code name} is the resource id.
 * For the ECS namespace, {@code ecsCluster} and {@code ecsService} are the cluster and service names taken from the
 * resource id {@code service/CLUSTER/SERVICE} (null for other namespaces). Capacities are null and the suspended
 * flags UNKNOWN when the output does not say.
 *
 * @param serviceNamespace  e.g. {@code ecs}
 * @param resourceId        e.g. {@code service/shopflow-production/shopflow-api}
 * @param scalableDimension e.g. {@code ecs:service:DesiredCount}
 */
public record ScalableTarget(String arn, String account, String region, String name, Map<String, String> tags,
                             String serviceNamespace, String resourceId, String scalableDimension,
                             String ecsCluster, String ecsService, Integer minCapacity, Integer maxCapacity,
                             Tri dynamicScalingInSuspended, Tri dynamicScalingOutSuspended,
                             Tri scheduledScalingSuspended, String roleArn) implements Resource {
    public static final String TYPE = "AWS::ApplicationAutoScaling::ScalableTarget";

    public ScalableTarget {
        tags = Copy.map(tags);
        dynamicScalingInSuspended = Copy.tri(dynamicScalingInSuspended);
        dynamicScalingOutSuspended = Copy.tri(dynamicScalingOutSuspended);
        scheduledScalingSuspended = Copy.tri(scheduledScalingSuspended);
    }

    @Override
    public String resourceType() {
        return TYPE;
    }
}
