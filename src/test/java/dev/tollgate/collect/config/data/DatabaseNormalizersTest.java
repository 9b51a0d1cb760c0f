package dev.tollgate.collect.config.data;

import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.CacheReplicationGroup;
import dev.tollgate.model.RdsCluster;
import dev.tollgate.model.RdsInstance;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseNormalizersTest {
    private static final String KEY = "arn:aws:kms:us-east-1:111122223333:key/11111111-2222-3333-4444-555555555555";

    @Test
    void rdsInstanceCompliantV13() throws ItemException {
        RdsInstance db = Fixtures.data(new RdsInstanceNormalizer(), "rds-instance.json", 0);
        assertEquals("arn:aws:rds:us-east-1:111122223333:db:orders-db", db.arn());
        assertEquals("111122223333", db.account());
        assertEquals("us-east-1", db.region());
        assertEquals("orders-primary", db.name(), "Name from the configuration's tagList when the item has no tags");
        assertEquals(Map.of("Name", "orders-primary"), db.tags());
        assertEquals("orders-db", db.dbInstanceId());
        assertEquals("postgres", db.engine());
        assertEquals("15.4", db.engineVersion());
        assertEquals("db.r6g.large", db.instanceClass());
        assertEquals("us-east-1a", db.availabilityZone());
        assertEquals("us-east-1b", db.secondaryAvailabilityZone());
        assertEquals(Tri.TRUE, db.multiAz());
        assertEquals(Tri.TRUE, db.storageEncrypted());
        assertEquals(KEY, db.kmsKeyId());
        assertEquals(Tri.FALSE, db.publiclyAccessible());
        assertEquals(14, db.backupRetentionDays());
        assertEquals(Tri.TRUE, db.deletionProtection());
        assertEquals(Tri.TRUE, db.iamAuth());
        assertEquals(Tri.TRUE, db.autoMinorVersionUpgrade());
        assertNull(db.clusterId());
        assertNull(db.replicaSourceId());
        assertFalse(db.replica());
        assertEquals(List.of("orders-db-replica"), db.readReplicaIds());
        assertEquals(List.of("sg-0aaa000000000001"), db.securityGroupIds());
        assertEquals(List.of("subnet-0d1", "subnet-0d2"), db.subnetIds());
        assertEquals(5432, db.port(), "endpoint.port wins over dbInstancePort 0");
        assertEquals("available", db.status());
        assertEquals("rds-ca-rsa2048-g1", db.caCertificate());
        assertNull(db.storageType(), "storage settings not in the item: not recorded");
        assertNull(db.allocatedStorageGiB());
        assertNull(db.iops());
        assertNull(db.maxAllocatedStorageGiB(), "no maxAllocatedStorage key: not recorded (not 'auto scaling off')");
        assertNull(db.maintenanceWindow());
        assertNull(db.backupWindow());
        assertNull(db.logExports(), "no enabledCloudwatchLogsExports key: not recorded (not 'nothing exported')");
        assertNull(db.parameterGroup());
    }

    @Test
    void rdsInstanceNonCompliantV12WithSilentSettings() throws ItemException {
        RdsInstance db = Fixtures.data(new RdsInstanceNormalizer(), "rds-instance.json", 1);
        assertEquals("arn:aws:rds:us-east-1:111122223333:db:legacy-mysql", db.arn());
        assertEquals("legacy-mysql", db.name());
        assertEquals(Map.of("team", "reporting"), db.tags());
        assertEquals(Tri.FALSE, db.multiAz());
        assertEquals(Tri.FALSE, db.storageEncrypted());
        assertEquals(Tri.TRUE, db.publiclyAccessible());
        assertEquals(0, db.backupRetentionDays());
        assertEquals(Tri.FALSE, db.deletionProtection());
        assertEquals(Tri.UNKNOWN, db.iamAuth(), "not in the item");
        assertEquals(Tri.UNKNOWN, db.autoMinorVersionUpgrade(), "not in the item");
        assertNull(db.kmsKeyId());
        assertTrue(db.replica());
        assertEquals("arn:aws:rds:us-east-1:111122223333:db:legacy-source", db.replicaSourceId());
        assertEquals(List.of(), db.securityGroupIds());
        assertEquals(List.of(), db.subnetIds());
        assertEquals(3306, db.port(), "no endpoint: dbInstancePort");
        assertNull(db.caCertificate());
    }

    @Test
    void rdsInstanceSharedFixtures() throws ItemException {
        RdsInstanceNormalizer n = new RdsInstanceNormalizer();
        RdsInstance prod = Fixtures.shared(n, "AWS__RDS__DBInstance.json", 0);
        assertEquals("taskflow-production", prod.dbInstanceId());
        assertEquals(Tri.TRUE, prod.storageEncrypted());
        RdsInstance replica = Fixtures.shared(n, "AWS__RDS__DBInstance.json", 1);
        assertEquals(Tri.TRUE, replica.publiclyAccessible());
        RdsInstance reporting = Fixtures.shared(n, "AWS__RDS__DBInstance.json", 2);
        assertEquals(Tri.FALSE, reporting.storageEncrypted());
        assertEquals(1, reporting.backupRetentionDays());
        assertEquals("gp3", prod.storageType());
        assertEquals(200, prod.allocatedStorageGiB());
        assertEquals(3000, prod.iops());
        assertEquals(1000, prod.maxAllocatedStorageGiB());
        assertEquals("sun:04:00-sun:05:00", prod.maintenanceWindow());
        assertEquals("03:00-03:30", prod.backupWindow());
        assertEquals(List.of("postgresql", "upgrade"), prod.logExports());
        assertEquals("taskflow-postgres15", prod.parameterGroup());
        assertEquals("taskflow-postgres15", replica.parameterGroup(), "read from the string-encoded configuration");
        assertEquals(List.of("postgresql", "upgrade"), replica.logExports());
        assertEquals(1000, replica.maxAllocatedStorageGiB());
    }

    @Test
    void rdsInstanceStorageWindowsLogsAndParameterGroup() throws ItemException {
        RdsInstance db = Fixtures.data(new RdsInstanceNormalizer(), "rds-instance.json", 2);
        assertEquals("events-db", db.dbInstanceId());
        assertEquals("gp2", db.storageType());
        assertEquals(500, db.allocatedStorageGiB(), "allocatedStorage as a string");
        assertNull(db.iops(), "gp2 has no provisioned IOPS (iops null)");
        assertEquals(0, db.maxAllocatedStorageGiB(), "maxAllocatedStorage present but null: storage auto scaling off");
        assertEquals("sun:04:00-sun:05:00", db.maintenanceWindow());
        assertEquals("03:00-03:30", db.backupWindow());
        assertEquals(List.of(), db.logExports(), "present and empty: nothing exported");
        assertEquals("default.postgres14", db.parameterGroup(), "dBParameterGroups as a JSON string");
    }

    @Test
    void rdsClusterLowerCasedSdkNames() throws ItemException {
        RdsCluster c = Fixtures.data(new RdsClusterNormalizer(), "rds-cluster.json", 0);
        assertEquals("arn:aws:rds:us-east-1:111122223333:cluster:ledger", c.arn());
        assertEquals("ledger-aurora", c.name());
        assertEquals("ledger", c.clusterId());
        assertEquals("aurora-postgresql", c.engine());
        assertEquals(Tri.TRUE, c.multiAz());
        assertEquals(Tri.TRUE, c.storageEncrypted());
        assertEquals(KEY, c.kmsKeyId());
        assertEquals(35, c.backupRetentionDays());
        assertEquals(Tri.TRUE, c.deletionProtection());
        assertEquals(Tri.TRUE, c.iamAuth());
        assertEquals(List.of("ledger-1", "ledger-2"), c.memberIds());
        assertEquals(List.of("sg-0ccc000000000001"), c.securityGroupIds());
        assertEquals(List.of("us-east-1a", "us-east-1b", "us-east-1c"), c.availabilityZones());
    }

    @Test
    void rdsClusterPascalCaseWithStringValues() throws ItemException {
        RdsCluster c = Fixtures.data(new RdsClusterNormalizer(), "rds-cluster.json", 1);
        assertEquals("scratch", c.clusterId());
        assertEquals("aurora-mysql", c.engine());
        assertEquals(Tri.FALSE, c.storageEncrypted(), "\"false\" as a string");
        assertEquals(1, c.backupRetentionDays(), "\"1\" as a string");
        assertEquals(Tri.FALSE, c.deletionProtection());
        assertEquals(Tri.UNKNOWN, c.multiAz());
        assertEquals(Tri.UNKNOWN, c.iamAuth());
        assertEquals(List.of("sg-0ddd000000000001"), c.securityGroupIds());
        assertEquals(List.of(), c.memberIds());
        assertEquals(List.of("us-east-1a"), c.availabilityZones());
    }

    @Test
    void rdsClusterSharedFixtures() throws ItemException {
        RdsCluster ok = Fixtures.shared(new RdsClusterNormalizer(), "AWS__RDS__DBCluster.json", 0);
        assertEquals("analytics-aurora", ok.clusterId());
        assertEquals(Tri.TRUE, ok.iamAuth());
        RdsCluster bad = Fixtures.shared(new RdsClusterNormalizer(), "AWS__RDS__DBCluster.json", 1);
        assertEquals(Tri.FALSE, bad.storageEncrypted());
        assertEquals(1, bad.backupRetentionDays());
    }

    @Test
    void replicationGroupClusterModeWithUnevenShards() throws ItemException {
        CacheReplicationGroup g = Fixtures.data(new CacheReplicationGroupNormalizer(), "elasticache-replication-group.json", 0);
        assertEquals("arn:aws:elasticache:us-east-1:111122223333:replicationgroup:sessions", g.arn());
        assertEquals("sessions", g.name());
        assertEquals("sessions", g.replicationGroupId());
        assertEquals("redis", g.engine());
        assertEquals("cache.r7g.large", g.nodeType());
        assertEquals(Tri.TRUE, g.clusterMode());
        assertEquals(2, g.nodeGroups());
        assertEquals(1, g.replicasPerGroup(), "min(3, 2) members minus the primary");
        assertEquals(5, g.memberClusters().size());
        assertEquals(Tri.TRUE, g.automaticFailover());
        assertEquals(Tri.TRUE, g.multiAz());
        assertEquals(Tri.TRUE, g.atRestEncryption());
        assertEquals(Tri.TRUE, g.transitEncryption());
        assertEquals(Tri.TRUE, g.authToken());
        assertEquals(7, g.snapshotRetentionDays());
        assertEquals("arn:aws:kms:us-east-1:111122223333:key/22222222-3333-4444-5555-666666666666", g.kmsKeyId());
        assertEquals(List.of(), g.securityGroupIds(), "not on the item: empty");
    }

    @Test
    void replicationGroupSingleNodeNonCompliant() throws ItemException {
        CacheReplicationGroup g = Fixtures.data(new CacheReplicationGroupNormalizer(), "elasticache-replication-group.json", 1);
        assertEquals("valkey", g.engine());
        assertEquals(Tri.FALSE, g.clusterMode());
        assertEquals(1, g.nodeGroups());
        assertEquals(0, g.replicasPerGroup());
        assertEquals(Tri.UNKNOWN, g.automaticFailover(), "\"enabling\" is a transition");
        assertEquals(Tri.FALSE, g.multiAz());
        assertEquals(Tri.FALSE, g.atRestEncryption());
        assertEquals(Tri.FALSE, g.transitEncryption());
        assertEquals(Tri.FALSE, g.authToken());
        assertEquals(0, g.snapshotRetentionDays());
        assertNull(g.kmsKeyId());
        assertEquals(List.of("sg-0eee000000000001"), g.securityGroupIds());
    }

    @Test
    void replicationGroupSharedFixtures() throws ItemException {
        CacheReplicationGroup bad = Fixtures.shared(new CacheReplicationGroupNormalizer(), "AWS__ElastiCache__ReplicationGroup.json", 0);
        assertEquals(Tri.FALSE, bad.transitEncryption());
        assertEquals(Tri.FALSE, bad.authToken());
        assertEquals(Tri.TRUE, bad.atRestEncryption());
        CacheReplicationGroup ok = Fixtures.shared(new CacheReplicationGroupNormalizer(), "AWS__ElastiCache__ReplicationGroup.json", 1);
        assertEquals(Tri.TRUE, ok.transitEncryption());
        assertEquals(Tri.TRUE, ok.authToken());
    }
}
