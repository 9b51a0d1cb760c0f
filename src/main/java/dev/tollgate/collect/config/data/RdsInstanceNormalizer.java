package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.RdsInstance;
import dev.tollgate.model.Resource;

import java.util.List;
import java.util.Map;

/**
 * {@code AWS::RDS::DBInstance}: the DescribeDBInstances shape with the SDK-v1 names Config keeps
 * ({@code dBInstanceIdentifier}, {@code multiAZ}, {@code iAMDatabaseAuthenticationEnabled}); the
 * PascalCase CloudFormation names are read by the same case-insensitive lookups. Storage ({@code storageType},
 * {@code allocatedStorage}, {@code iops}, {@code maxAllocatedStorage}), windows ({@code preferredMaintenanceWindow},
 * {@code preferredBackupWindow}), {@code enabledCloudwatchLogsExports} and {@code dBParameterGroups} are null when
 * the item does not carry them.
 */
public final class RdsInstanceNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::RDS::DBInstance";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String id = Json.text(c, "dBInstanceIdentifier");
        if (id == null) {
            id = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        List<String> sgs = Items.pluck(c, "vpcSecurityGroupId", "vpcSecurityGroups", "VPCSecurityGroups");
        List<String> subnets = Items.pluck(Json.get(c, "dBSubnetGroup"), "subnetIdentifier", "subnets");
        return new RdsInstance(
                Items.arn(item, Json.text(c, "dBInstanceArn")), Items.account(item), item.region(),
                Items.name(item, tags), tags,
                id, Json.text(c, "engine"), Json.text(c, "engineVersion"), Json.text(c, "dBInstanceClass"),
                Json.text(c, "availabilityZone"), Json.text(c, "secondaryAvailabilityZone"),
                Json.tri(c, "multiAZ"), Json.tri(c, "storageEncrypted"), Json.text(c, "kmsKeyId"),
                Json.tri(c, "publiclyAccessible"), Json.integer(c, "backupRetentionPeriod"),
                Json.tri(c, "deletionProtection"),
                Json.tri(c, "iAMDatabaseAuthenticationEnabled", "enableIAMDatabaseAuthentication"),
                Json.tri(c, "autoMinorVersionUpgrade"), Json.text(c, "dBClusterIdentifier"),
                Json.text(c, "readReplicaSourceDBInstanceIdentifier", "sourceDBInstanceIdentifier"),
                Json.strings(c, "readReplicaDBInstanceIdentifiers"), sgs, subnets,
                port(c), Json.text(c, "dBInstanceStatus"), Json.text(c, "cACertificateIdentifier"),
                Json.text(c, "storageType"), positive(c, "allocatedStorage"), positive(c, "iops"),
                maxAllocated(c), Json.text(c, "preferredMaintenanceWindow"),
                Json.text(c, "preferredBackupWindow"), logExports(c), parameterGroup(c));
    }

    /** A size or rate that AWS reports as 0 or leaves out when it does not apply: null then. */
    private static Integer positive(JsonNode c, String name) {
        Integer v = Json.integer(c, name);
        return v != null && v > 0 ? v : null;
    }

    /**
     * {@code maxAllocatedStorage}: the storage auto scaling ceiling; 0 when auto scaling is off (the key is present
     * with null or 0: Config serialises every DescribeDBInstances member, and AWS leaves this one unset when auto
     * scaling is off); null when the item does not carry the key at all (not recorded).
     */
    private static Integer maxAllocated(JsonNode c) {
        Integer v = Json.integer(c, "maxAllocatedStorage");
        if (v != null) {
            return Math.max(v, 0);
        }
        return Json.get(c, "maxAllocatedStorage").isMissingNode() ? null : 0;
    }

    /**
     * {@code enabledCloudwatchLogsExports} (CloudFormation: {@code EnableCloudwatchLogsExports}): null when the
     * item does not carry the key or carries null (not recorded); the SDK serialises "nothing exported" as [].
     */
    private static List<String> logExports(JsonNode c) {
        String[] names = {"enabledCloudwatchLogsExports", "enableCloudwatchLogsExports"};
        return Json.present(Json.first(c, names)) ? Json.strings(c, names) : null;
    }

    /**
     * The first {@code dBParameterGroups[].dBParameterGroupName} (an instance has one DB parameter group), else
     * CloudFormation's {@code DBParameterGroupName}; null when neither is recorded.
     */
    private static String parameterGroup(JsonNode c) {
        List<String> names = Items.pluck(c, "dBParameterGroupName", "dBParameterGroups");
        return names.isEmpty() ? Json.text(c, "dBParameterGroupName") : names.get(0);
    }

    /** The endpoint's port; {@code dbInstancePort} only when set (DescribeDBInstances reports 0 otherwise). */
    private static Integer port(JsonNode c) {
        Integer p = Json.integer(Json.get(c, "endpoint"), "port");
        if (p != null && p > 0) {
            return p;
        }
        Integer dbPort = Json.integer(c, "dbInstancePort");
        return dbPort != null && dbPort > 0 ? dbPort : null;
    }
}
