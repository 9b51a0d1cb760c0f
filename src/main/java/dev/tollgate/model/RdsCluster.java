package dev.tollgate.model;

import java.util.List;
import java.util.Map;

public record RdsCluster(String arn, String account, String region, String name, Map<String, String> tags,
                         String clusterId, String engine, String engineVersion, Tri multiAz,
                         Tri storageEncrypted, String kmsKeyId, Integer backupRetentionDays,
                         Tri deletionProtection, Tri iamAuth, List<String> memberIds,
                         List<String> securityGroupIds, List<String> availabilityZones) implements Resource {
    public RdsCluster {
        tags = Copy.map(tags);
        multiAz = Copy.tri(multiAz);
        storageEncrypted = Copy.tri(storageEncrypted);
        deletionProtection = Copy.tri(deletionProtection);
        iamAuth = Copy.tri(iamAuth);
        memberIds = Copy.list(memberIds);
        securityGroupIds = Copy.list(securityGroupIds);
        availabilityZones = Copy.list(availabilityZones);
    }

    @Override
    public String resourceType() {
        return "AWS::RDS::DBCluster";
    }
}
