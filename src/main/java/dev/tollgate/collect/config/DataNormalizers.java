package dev.tollgate.collect.config;

import dev.tollgate.collect.config.data.CacheClusterNormalizer;
import dev.tollgate.collect.config.data.BackupPlanNormalizer;
import dev.tollgate.collect.config.data.BackupSelectionNormalizer;
import dev.tollgate.collect.config.data.BackupVaultNormalizer;
import dev.tollgate.collect.config.data.CacheReplicationGroupNormalizer;
import dev.tollgate.collect.config.data.CertificateNormalizer;
import dev.tollgate.collect.config.data.CloudFrontDistributionNormalizer;
import dev.tollgate.collect.config.data.EcsServiceNormalizer;
import dev.tollgate.collect.config.data.EcsTaskDefinitionNormalizer;
import dev.tollgate.collect.config.data.KmsKeyNormalizer;
import dev.tollgate.collect.config.data.ListenerNormalizer;
import dev.tollgate.collect.config.data.LoadBalancerNormalizer;
import dev.tollgate.collect.config.data.LogGroupNormalizer;
import dev.tollgate.collect.config.data.RdsClusterNormalizer;
import dev.tollgate.collect.config.data.RdsInstanceNormalizer;
import dev.tollgate.collect.config.data.S3AccountPublicAccessBlockNormalizer;
import dev.tollgate.collect.config.data.S3BucketNormalizer;
import dev.tollgate.collect.config.data.SearchDomainNormalizer;
import dev.tollgate.collect.config.data.SecretNormalizer;
import dev.tollgate.collect.config.data.TrailNormalizer;
import dev.tollgate.collect.config.data.WebAclNormalizer;
import dev.tollgate.collect.config.data.MetricAlarmNormalizer;
import dev.tollgate.collect.config.data.AutoScalingGroupNormalizer;
import dev.tollgate.collect.config.data.ScalingPolicyNormalizer;
import dev.tollgate.collect.config.data.ScheduledActionNormalizer;

import java.util.List;

/** Normalizers for data stores, edge, logging, keys, secrets, containers and certificates. */
final class DataNormalizers {
    private DataNormalizers() {
    }

    static List<ItemNormalizer> all() {
        return List.of(
                new RdsInstanceNormalizer(),
                new RdsClusterNormalizer(),
                new CacheReplicationGroupNormalizer(),
                new CacheClusterNormalizer(),
                new BackupPlanNormalizer(),
                new BackupSelectionNormalizer(),
                new BackupVaultNormalizer(),
                new SearchDomainNormalizer(),
                new S3BucketNormalizer(),
                new S3AccountPublicAccessBlockNormalizer(),
                new LoadBalancerNormalizer(),
                new ListenerNormalizer(),
                new CloudFrontDistributionNormalizer(),
                new WebAclNormalizer(),
                new TrailNormalizer(),
                new KmsKeyNormalizer(),
                new LogGroupNormalizer(),
                new SecretNormalizer(),
                new EcsTaskDefinitionNormalizer(),
                new EcsServiceNormalizer(),
                new MetricAlarmNormalizer(),
                new AutoScalingGroupNormalizer(),
                new ScalingPolicyNormalizer(),
                new ScheduledActionNormalizer(),
                new CertificateNormalizer());
    }
}
