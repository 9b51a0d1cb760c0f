package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An EC2 Auto Scaling group.
 *
 * @param healthCheckType  EC2 or ELB (VPC_LATTICE, EBS may be added); null when not recorded
 * @param targetGroupArns  ELBv2 target groups the group registers its instances with
 * @param loadBalancerNames Classic Load Balancers the group is attached to
 * @param subnetIds        the VPCZoneIdentifier subnets
 * @param defaultCooldown  seconds; null when not recorded
 */
public record AutoScalingGroup(String arn, String account, String region, String name, Map<String, String> tags,
                               String groupName, Integer minSize, Integer maxSize, Integer desiredCapacity,
                               List<String> availabilityZones, List<String> subnetIds, String healthCheckType,
                               Integer healthCheckGracePeriod, List<String> targetGroupArns,
                               List<String> loadBalancerNames, String launchTemplateId, String launchTemplateName,
                               String launchTemplateVersion, Integer defaultCooldown) implements Resource {
    public AutoScalingGroup {
        tags = Copy.map(tags);
        availabilityZones = Copy.list(availabilityZones);
        subnetIds = Copy.list(subnetIds);
        targetGroupArns = Copy.list(targetGroupArns);
        loadBalancerNames = Copy.list(loadBalancerNames);
    }

    /** True when the group is attached to a load balancer (a target group or a Classic Load Balancer). */
    public boolean behindLoadBalancer() {
        return !targetGroupArns.isEmpty() || !loadBalancerNames.isEmpty();
    }

    @Override
    public String resourceType() {
        return "AWS::AutoScaling::AutoScalingGroup";
    }
}
