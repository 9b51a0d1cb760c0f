package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An Application Auto Scaling scaling policy (read from {@code aws application-autoscaling describe-scaling-policies};
 * EC2 Auto Scaling group policies are another fact). {@code name} is the policy name; {@code ecsCluster} and
 * {@code ecsService} as in {@link ScalableTarget}. Target tracking policies fill {@code targetValue}, the metric
 * ({@code predefinedMetricType}, or {@code customizedMetricName} for a customized metric; "metric math" when it is
 * built from several metrics), the cooldowns and {@code disableScaleIn}; step scaling policies fill
 * {@code adjustmentType}, {@code cooldown} and {@code stepAdjustments}. Whatever the output does not state is null
 * (UNKNOWN for {@code disableScaleIn}).
 *
 * @param policyType TargetTrackingScaling, StepScaling or PredictiveScaling
 */
public record AppScalingPolicy(String arn, String account, String region, String name, Map<String, String> tags,
                               String policyName, String policyType, String serviceNamespace, String resourceId,
                               String scalableDimension, String ecsCluster, String ecsService, Double targetValue,
                               String predefinedMetricType, String customizedMetricName, Integer scaleInCooldown,
                               Integer scaleOutCooldown, Tri disableScaleIn, String adjustmentType, Integer cooldown,
                               List<AppScalingStep> stepAdjustments, List<String> alarmNames) implements Resource {
    public static final String TYPE = "AWS::ApplicationAutoScaling::ScalingPolicy";

    public AppScalingPolicy {
        tags = Copy.map(tags);
        disableScaleIn = Copy.tri(disableScaleIn);
        stepAdjustments = Copy.list(stepAdjustments);
        alarmNames = Copy.list(alarmNames);
    }

    @Override
    public String resourceType() {
        return TYPE;
    }
}
