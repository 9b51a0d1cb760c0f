package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An ELBv2 target group, from {@code aws elbv2 describe-target-groups} or the Cloud Control listing of
 * {@code AWS::ElasticLoadBalancingV2::TargetGroup}. Only the Cloud Control listing carries the group's attributes
 * (load-balancing algorithm, stickiness); when both inputs name a group, one fact combines them ({@link #completedWith}).
 *
 * @param healthCheckEnabled          UNKNOWN when the output does not say
 * @param healthCheckIntervalSeconds  null when not given (likewise the other numbers)
 * @param matcher                     the HTTP (or gRPC) success codes of the health check, e.g. {@code "200"}
 * @param loadBalancerArns            the load balancers that route to the group (empty: none)
 * @param algorithm                   attribute load_balancing.algorithm.type ({@code round_robin},
 *                                    {@code least_outstanding_requests}, {@code weighted_random}); null when unknown
 * @param stickiness                  attribute stickiness.enabled; UNKNOWN when not recorded
 */
public record TargetGroup(String arn, String account, String region, String name, Map<String, String> tags,
                          String protocol, Integer port, String vpcId, String targetType, Tri healthCheckEnabled,
                          String healthCheckProtocol, String healthCheckPort, String healthCheckPath,
                          Integer healthCheckIntervalSeconds, Integer healthCheckTimeoutSeconds,
                          Integer healthyThresholdCount, Integer unhealthyThresholdCount, String matcher,
                          List<String> loadBalancerArns, String algorithm, Tri stickiness)
        implements Resource, Completable<TargetGroup> {
    public TargetGroup {
        tags = Copy.map(tags);
        healthCheckEnabled = Copy.tri(healthCheckEnabled);
        loadBalancerArns = Copy.list(loadBalancerArns);
        stickiness = Copy.tri(stickiness);
    }

    /** This group's values, with the attributes (and tags) {@code other} knows and this one does not. */
    @Override
    public TargetGroup completedWith(TargetGroup other) {
        return new TargetGroup(arn, account, region, name, tags.isEmpty() ? other.tags() : tags, protocol, port, vpcId,
                targetType, healthCheckEnabled, healthCheckProtocol, healthCheckPort, healthCheckPath,
                healthCheckIntervalSeconds, healthCheckTimeoutSeconds, healthyThresholdCount, unhealthyThresholdCount,
                matcher, loadBalancerArns, algorithm != null ? algorithm : other.algorithm(),
                stickiness.known() ? stickiness : other.stickiness());
    }

    @Override
    public String resourceType() {
        return "AWS::ElasticLoadBalancingV2::TargetGroup";
    }
}
