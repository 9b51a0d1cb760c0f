package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An RDS DB instance.
 *
 * @param backupRetentionDays automated backup retention; null when unknown
 * @param replicaSourceId     identifier/ARN of the source instance when this is a read replica, else null
 * @param readReplicaIds      identifiers of this instance's read replicas
 */
public record RdsInstance(String arn, String account, String region, String name, Map<String, String> tags,
                          String dbInstanceId, String engine, String engineVersion, String instanceClass,
                          String availabilityZone, String secondaryAvailabilityZone,
                          Tri multiAz, Tri storageEncrypted, String kmsKeyId, Tri publiclyAccessible,
                          Integer backupRetentionDays, Tri deletionProtection, Tri iamAuth,
                          Tri autoMinorVersionUpgrade, String clusterId, String replicaSourceId,
                          List<String> readReplicaIds, List<String> securityGroupIds, List<String> subnetIds,
                          Integer port, String status, String caCertificate) implements Resource {
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
    }

    public boolean replica() {
        return replicaSourceId != null;
    }

    @Override
    public String resourceType() {
        return "AWS::RDS::DBInstance";
    }
}
