package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An ElastiCache (Redis/Valkey) replication group.
 *
 * @param nodeGroups       number of shards (node groups)
 * @param replicasPerGroup replicas per shard (minimum across shards); null when unknown
 * @param engineVersion    engine version (e.g. {@code 7.0.7}) when the item records it (the CloudFormation-registry
 *                         shape's EngineVersion); DescribeReplicationGroups does not, its member cache clusters do
 *                         ({@link CacheCluster#engineVersion()}); null when not recorded
 */
public record CacheReplicationGroup(String arn, String account, String region, String name, Map<String, String> tags,
                                    String replicationGroupId, String engine, String nodeType, Tri clusterMode,
                                    Integer nodeGroups, Integer replicasPerGroup, List<String> memberClusters,
                                    Tri automaticFailover, Tri multiAz, Tri atRestEncryption,
                                    Tri transitEncryption, Tri authToken, Integer snapshotRetentionDays,
                                    String kmsKeyId, List<String> securityGroupIds, String engineVersion) implements Resource {
    public CacheReplicationGroup {
        tags = Copy.map(tags);
        clusterMode = Copy.tri(clusterMode);
        memberClusters = Copy.list(memberClusters);
        automaticFailover = Copy.tri(automaticFailover);
        multiAz = Copy.tri(multiAz);
        atRestEncryption = Copy.tri(atRestEncryption);
        transitEncryption = Copy.tri(transitEncryption);
        authToken = Copy.tri(authToken);
        securityGroupIds = Copy.list(securityGroupIds);
    }

    @Override
    public String resourceType() {
        return "AWS::ElastiCache::ReplicationGroup";
    }
}
