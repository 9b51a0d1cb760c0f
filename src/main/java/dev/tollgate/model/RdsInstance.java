package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An RDS DB instance.
 *
 * @param backupRetentionDays automated backup retention; null when unknown
 * @param replicaSourceId     identifier/ARN of the source instance when this is a read replica, else null
 * @param readReplicaIds      identifiers of this instance's read replicas
 * @param storageType         gp2, gp3, io1, io2, standard, aurora...; null when not recorded
 * @param allocatedStorageGiB allocated storage in GiB; null when not recorded
 * @param iops                provisioned (io1/io2/gp3) IOPS; null when not recorded (gp2 and magnetic report none)
 * @param maxAllocatedStorageGiB storage auto scaling ceiling in GiB; 0 when storage auto scaling is off; null when
 *                            not recorded
 * @param maintenanceWindow   preferred maintenance window, "ddd:hh24:mi-ddd:hh24:mi" UTC; null when not recorded
 * @param backupWindow        preferred daily backup window, "hh24:mi-hh24:mi" UTC; null when not recorded
 * @param logExports          log types exported to CloudWatch Logs (postgresql, upgrade, audit, error, ...);
 *                            null when the item does not record the setting, empty when none is exported
 * @param parameterGroup      name of the DB parameter group (the first, when several); null when not recorded
 */
public record RdsInstance(String arn, String account, String region, String name, Map<String, String> tags,
                          String dbInstanceId, String engine, String engineVersion, String instanceClass,
                          String availabilityZone, String secondaryAvailabilityZone,
                          Tri multiAz, Tri storageEncrypted, String kmsKeyId, Tri publiclyAccessible,
                          Integer backupRetentionDays, Tri deletionProtection, Tri iamAuth,
                          Tri autoMinorVersionUpgrade, String clusterId, String replicaSourceId,
                          List<String> readReplicaIds, List<String> securityGroupIds, List<String> subnetIds,
                          Integer port, String status, String caCertificate,
                          String storageType, Integer allocatedStorageGiB, Integer iops,
                          Integer maxAllocatedStorageGiB, String maintenanceWindow, String backupWindow,
                          List<String> logExports, String parameterGroup) implements Resource {
    public RdsInstance {
        tags = Copy.map(tags);
        multiAz = Copy.tri(multiAz);
        storageEncrypted = Copy.tri(storageEncrypted);
        publiclyAccessible = Copy.tri(publiclyAccessible);
        deletionProtection = Copy.tri(deletionProtection);
        iamAuth = Copy.tri(iamAuth);
        autoMinorVersionUpgrade = Copy.tri(autoMinorVersionUpgrade);
        readReplicaIds = Copy.list(readReplicaIds);
        securityGroupIds = Copy.list(securityGroupIds);
        subnetIds = Copy.list(subnetIds);
        logExports = logExports == null ? null : List.copyOf(logExports);
    }

    public boolean replica() {
        return replicaSourceId != null;
    }

    @Override
    public String resourceType() {
        return "AWS::RDS::DBInstance";
    }
}
