package dev.tollgate.model;

import java.util.List;

/**
 * A derived fact: security group {@code groupId} is attached to a resource of {@code kind} ("lb" load balancer,
 * "ecs" ECS service, "rds" RDS instance or cluster, "cache" ElastiCache replication group, "ec2" EC2 instance).
 * {@code names} are the names the resource can be selected by (its name, identifier and, for instances, the Name
 * tag and instance id). Read by the tier-chain rules' attachment selectors ({@code @lb:GLOB}, ...).
 */
public record SecurityGroupUse(String account, String region, String groupId, String kind, List<String> names,
                               String resourceArn) {
    public SecurityGroupUse {
        names = Copy.list(names);
    }
}
