package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.CacheReplicationGroup;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;

import java.util.List;
import java.util.Map;

/**
 * {@code AWS::ElastiCache::ReplicationGroup}: the camelCase DescribeReplicationGroups shape
 * ({@code automaticFailover}/{@code multiAZ} as "enabled"/"disabled" words, {@code nodeGroups[].nodeGroupMembers})
 * or the CloudFormation shape ({@code AutomaticFailoverEnabled}, {@code NumNodeGroups}, {@code ReplicasPerNodeGroup}).
 * Transitional states ("enabling") are UNKNOWN; "disabling" counts as off. {@code engineVersion} is read when the item
 * carries it (CloudFormation-registry shape); DescribeReplicationGroups does not return it, the member cache clusters
 * ({@code AWS::ElastiCache::CacheCluster}, {@link CacheClusterNormalizer}) do.
 */
public final class CacheReplicationGroupNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::ElastiCache::ReplicationGroup";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String id = Json.text(c, "replicationGroupId");
        if (id == null) {
            id = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        List<JsonNode> groups = Json.array(c, "nodeGroups");
        Integer nodeGroups = !groups.isEmpty() ? Integer.valueOf(groups.size()) : Json.integer(c, "numNodeGroups");
        if (nodeGroups == null && !Json.array(c, "nodeGroupConfiguration").isEmpty()) {
            nodeGroups = Json.array(c, "nodeGroupConfiguration").size();
        }
        List<String> sgs = Items.pluck(c, "securityGroupId", "securityGroups");
        if (sgs.isEmpty()) {
            sgs = Json.strings(c, "securityGroupIds");
        }
        return new CacheReplicationGroup(
                Items.arn(item, Json.text(c, "arn")), Items.account(item), item.region(),
                Items.name(item, tags), tags,
                id, Json.text(c, "engine"), Json.text(c, "cacheNodeType"), clusterMode(c),
                nodeGroups, replicas(c, groups), Json.strings(c, "memberClusters"),
                Items.status(c, "automaticFailover", "automaticFailoverEnabled"),
                Items.status(c, "multiAZ", "multiAZEnabled"),
                Json.tri(c, "atRestEncryptionEnabled"), Json.tri(c, "transitEncryptionEnabled"),
                Json.tri(c, "authTokenEnabled"), Json.integer(c, "snapshotRetentionLimit"),
                Json.text(c, "kmsKeyId"), sgs, Json.text(c, "engineVersion"));
    }

    /** {@code clusterEnabled}, else {@code clusterMode} ("compatible" is a migration state: UNKNOWN). */
    private static Tri clusterMode(JsonNode c) {
        Tri t = Json.tri(c, "clusterEnabled");
        return t.known() ? t : Items.status(c, "clusterMode");
    }

    /** Replicas per shard: the smallest shard's members minus its primary, else ReplicasPerNodeGroup. */
    private static Integer replicas(JsonNode c, List<JsonNode> groups) {
        Integer min = null;
        for (JsonNode g : groups) {
            JsonNode members = Json.get(g, "nodeGroupMembers");
            if (!members.isArray() || members.isEmpty()) {
                min = null;
                break;
            }
            int r = members.size() - 1;
            min = min == null ? r : Math.min(min, r);
        }
        if (min != null) {
            return min;
        }
        Integer perGroup = Json.integer(c, "replicasPerNodeGroup");
        if (perGroup != null) {
            return perGroup;
        }
        Integer clusters = Json.integer(c, "numCacheClusters");
        return clusters != null && clusters > 0 ? clusters - 1 : null;
    }
}
