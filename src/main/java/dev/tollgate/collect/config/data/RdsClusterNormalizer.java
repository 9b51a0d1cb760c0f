package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.RdsCluster;
import dev.tollgate.model.Resource;

import java.util.List;
import java.util.Map;

/**
 * {@code AWS::RDS::DBCluster}: Config's lower-cased SDK names ({@code dbclusterIdentifier},
 * {@code dbclusterMembers[].dbinstanceIdentifier}, {@code iamdatabaseAuthenticationEnabled}) or the
 * PascalCase CloudFormation shape ({@code DBClusterIdentifier}, {@code VpcSecurityGroupIds}).
 */
public final class RdsClusterNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::RDS::DBCluster";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String id = Json.text(c, "dBClusterIdentifier");
        if (id == null) {
            id = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        List<String> sgs = Items.pluck(c, "vpcSecurityGroupId", "vpcSecurityGroups");
        if (sgs.isEmpty()) {
            sgs = Json.strings(c, "vpcSecurityGroupIds");
        }
        return new RdsCluster(
                Items.arn(item, Json.text(c, "dBClusterArn")), Items.account(item), item.region(),
                Items.name(item, tags), tags,
                id, Json.text(c, "engine"), Json.text(c, "engineVersion"), Json.tri(c, "multiAZ"),
                Json.tri(c, "storageEncrypted"), Json.text(c, "kmsKeyId"), Json.integer(c, "backupRetentionPeriod"),
                Json.tri(c, "deletionProtection"),
                Json.tri(c, "iAMDatabaseAuthenticationEnabled", "enableIAMDatabaseAuthentication"),
                Items.pluck(c, "dBInstanceIdentifier", "dBClusterMembers"), sgs,
                Json.strings(c, "availabilityZones"));
    }
}
