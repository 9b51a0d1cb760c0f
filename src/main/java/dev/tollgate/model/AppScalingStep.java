package dev.tollgate.model;

/**
 * One step of an Application Auto Scaling step scaling policy: the metric interval (bounds relative to the alarm
 * threshold; null = unbounded) and the capacity change applied in it (its unit is the policy's adjustment type).
 */
public record AppScalingStep(Double lowerBound, Double upperBound, Integer scalingAdjustment) {
}
