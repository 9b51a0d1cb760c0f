package dev.tollgate.collect.config.data;

import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.collect.config.Normalizers;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DataNormalizersTest {
    private static final Set<String> TYPES = Set.of(
            "AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::CacheCluster", "AWS::S3::Bucket",
            "AWS::S3::AccountPublicAccessBlock", "AWS::ElasticLoadBalancingV2::LoadBalancer",
            "AWS::ElasticLoadBalancingV2::Listener", "AWS::CloudFront::Distribution", "AWS::WAFv2::WebACL",
            "AWS::CloudTrail::Trail", "AWS::KMS::Key", "AWS::Logs::LogGroup", "AWS::SecretsManager::Secret",
            "AWS::ECS::TaskDefinition", "AWS::ECS::Service", "AWS::ACM::Certificate",
            "AWS::CloudWatch::Alarm", "AWS::AutoScaling::AutoScalingGroup", "AWS::AutoScaling::ScalingPolicy",
            "AWS::AutoScaling::ScheduledAction",
            "AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection", "AWS::Backup::BackupVault", "AWS::OpenSearch::Domain");

    /** The registry maps exactly these types to normalizers of this package (DataNormalizers.all()). */
    @Test
    void registryCoversExactlyTheDataTypes() {
        Normalizers all = new Normalizers();
        Set<String> ours = all.supportedTypes().stream()
                .filter(t -> all.forType(t).orElseThrow().getClass().getPackageName()
                        .equals(DataNormalizersTest.class.getPackageName()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(TYPES), ours);
        for (String t : TYPES) {
            assertEquals(t, all.forType(t).orElseThrow().resourceType());
        }
    }

    @Test
    void itemWithoutConfigurationIsUnusable() {
        ConfigItem bare = new ConfigItem("1.3", "111122223333", "arn:aws:kms:us-east-1:111122223333:key/k", "AWS::KMS::Key",
                "k", null, "us-east-1", null, null, "OK", Map.of(), java.util.List.of(), null, Map.of());
        for (String t : TYPES) {
            if (t.equals("AWS::S3::Bucket")) {
                continue;
            }
            ItemNormalizer n = new Normalizers().forType(t).orElseThrow();
            assertThrows(ItemException.class, () -> n.normalize(bare), t);
        }
    }
}
