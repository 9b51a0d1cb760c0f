package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An EC2 Auto Scaling policy.
 *
 * @param policyType        SimpleScaling, StepScaling, TargetTrackingScaling or PredictiveScaling; null when not
 *                          recorded
 * @param adjustmentType    ChangeInCapacity, ExactCapacity or PercentChangeInCapacity (simple and step policies)
 * @param scalingAdjustment the simple policy's adjustment; null otherwise
 * @param stepAdjustments   the step policy's adjustments, in recorded order
 * @param cooldown          the simple policy's cooldown in seconds; null when it uses the group's default
 * @param estimatedInstanceWarmup seconds (step and target tracking policies); null when not set
 * @param alarmArns         the alarms recorded as triggering the policy
 */
public record ScalingPolicy(String arn, String account, String region, String name, Map<String, String> tags,
                            String policyName, String groupName, String policyType, String adjustmentType,
                            Integer scalingAdjustment, List<Integer> stepAdjustments, Integer cooldown,
                            Integer estimatedInstanceWarmup, Tri enabled, List<String> alarmArns)
        implements Resource {
    public ScalingPolicy {
        tags = Copy.map(tags);
        stepAdjustments = Copy.list(stepAdjustments);
        enabled = Copy.tri(enabled);
        alarmArns = Copy.list(alarmArns);
    }

    @Override
    public String resourceType() {
        return "AWS::AutoScaling::ScalingPolicy";
    }
}
