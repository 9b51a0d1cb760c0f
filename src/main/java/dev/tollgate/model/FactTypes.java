package dev.tollgate.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue of resource fact types: the snapshot's "kind" names and the global (region-less) types. */
public final class FactTypes {
    private FactTypes() {
    }

    public static final List<Class<? extends Resource>> ALL = List.of(
            SecurityGroup.class, Vpc.class, Subnet.class, RouteTable.class, NatGateway.class, NetworkAcl.class, FlowLog.class,
            Ec2Instance.class, LaunchTemplate.class, EbsVolume.class, EbsEncryptionDefault.class,
            RdsInstance.class, RdsCluster.class, CacheReplicationGroup.class, CacheCluster.class, Route53RecordSet.class, S3Bucket.class,
            S3AccountPublicAccessBlock.class, LoadBalancer.class, Listener.class, CloudFrontDistribution.class,
            WebAcl.class, Trail.class, KmsKey.class, LogGroup.class, Secret.class, EcsTaskDefinition.class,
            EcsService.class, Certificate.class, IamUser.class, IamGroup.class, IamRole.class, IamPolicy.class,
            IamCredential.class, PasswordPolicy.class,
            MetricAlarm.class, AutoScalingGroup.class, ScalingPolicy.class, ScheduledAction.class,
            BackupPlan.class, BackupSelection.class, BackupVault.class, SearchDomain.class,
            TargetGroup.class, AccountBudgets.class, AccountBudgetNotifications.class, AccountAnomalyMonitors.class,
            AccountAnomalySubscriptions.class, ScalableTarget.class, AppScalingPolicy.class);

    /** Snapshot kind name (the simple class name) to class. */
    public static final Map<String, Class<? extends Resource>> BY_KIND =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    /** Resource types that live outside regions (recorded with region "global"). */
    public static final Set<String> GLOBAL_TYPES = Set.of(
            "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy",
            "AWS::IAM::CredentialReport", "AWS::IAM::AccountPasswordPolicy", "AWS::CloudFront::Distribution", "AWS::Route53::RecordSet",
            "AWS::Budgets::Budget", "AWS::Budgets::BudgetNotification", "AWS::CE::AnomalyMonitor",
            "AWS::CE::AnomalySubscription");

    public static final String GLOBAL = "global";

    public static boolean global(String resourceType) {
        return GLOBAL_TYPES.contains(resourceType);
    }
}
