package dev.tollgate.evaluate;

import dev.tollgate.model.CacheReplicationGroup;
import dev.tollgate.model.Ec2Instance;
import dev.tollgate.model.EcsService;
import dev.tollgate.model.LoadBalancer;
import dev.tollgate.model.RdsCluster;
import dev.tollgate.model.RdsInstance;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ScanClock;
import dev.tollgate.model.SecurityGroupUse;
import dev.tollgate.model.Snapshot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives one {@link SecurityGroupUse} per (resource, attached security group) for load balancers, ECS services,
 * RDS instances and clusters, ElastiCache replication groups and EC2 instances, so that rules can find the groups of
 * a tier by what they are attached to with an indexed {@code groupId ==} join instead of scanning every resource's
 * group list per security group. One pass over the snapshot.
 */
public final class SecurityGroupUses implements FactDeriver {
    @Override
    public List<Object> derive(Snapshot snapshot, ScanClock clock) {
        List<Object> out = new ArrayList<>();
        for (Resource r : snapshot.resources()) {
            if (r instanceof LoadBalancer lb) {
                add(out, r, "lb", lb.securityGroupIds(), r.name(), lbName(lb.arn()));
            } else if (r instanceof EcsService s) {
                add(out, r, "ecs", s.securityGroupIds(), s.serviceName(), r.name());
            } else if (r instanceof RdsInstance db) {
                add(out, r, "rds", db.securityGroupIds(), db.dbInstanceId(), r.name());
            } else if (r instanceof RdsCluster c) {
                add(out, r, "rds", c.securityGroupIds(), c.clusterId(), r.name());
            } else if (r instanceof CacheReplicationGroup g) {
                add(out, r, "cache", g.securityGroupIds(), g.replicationGroupId(), r.name());
            } else if (r instanceof Ec2Instance i) {
                if (!"terminated".equals(i.state())) {
                    add(out, r, "ec2", i.securityGroupIds(), i.tags().get("Name"), i.instanceId());
                }
            }
        }
        return out;
    }

    private static void add(List<Object> out, Resource r, String kind, List<String> groups, String... names) {
        Set<String> known = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                known.add(n);
            }
        }
        for (String g : new LinkedHashSet<>(groups)) {
            if (g != null && !g.isBlank()) {
                out.add(new SecurityGroupUse(r.account(), r.region(), g, kind, List.copyOf(known), r.arn()));
            }
        }
    }

    /** The name in an ELBv2 ARN ({@code ...:loadbalancer/app/NAME/id}); null otherwise. */
    static String lbName(String arn) {
        if (arn == null) {
            return null;
        }
        int i = arn.indexOf(":loadbalancer/");
        if (i < 0) {
            return null;
        }
        String[] parts = arn.substring(i + ":loadbalancer/".length()).split("/");
        return parts.length >= 2 ? parts[1] : null;
    }
}
