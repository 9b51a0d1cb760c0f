package dev.tollgate.collect.config.data;

import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.AlarmMetric;
import dev.tollgate.model.AutoScalingGroup;
import dev.tollgate.model.MetricAlarm;
import dev.tollgate.model.ScalingPolicy;
import dev.tollgate.model.ScheduledAction;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CloudWatch alarms and EC2 Auto Scaling groups, policies and scheduled actions from Config items of each shape. */
class MonitoringNormalizersTest {
    private static final String SNS = "arn:aws:sns:us-east-1:123456789012:taskflow-production-alerts";
    private static final String LB = "app/taskflow-production-alb/5f1a2b3c4d5e6f70";

    @Test
    void singleMetricAlarmDelivery() throws ItemException {
        MetricAlarm a = Fixtures.shared(new MetricAlarmNormalizer(), "AWS__CloudWatch__Alarm.json", 0);
        assertEquals("arn:aws:cloudwatch:us-east-1:123456789012:alarm:taskflow-api-cpu-high", a.arn());
        assertEquals("123456789012", a.account());
        assertEquals("taskflow-api-cpu-high", a.alarmName());
        assertEquals("AWS/ECS", a.namespace());
        assertEquals("CPUUtilization", a.metricName());
        assertEquals("Average", a.stat());
        assertNull(a.extendedStatistic());
        assertEquals(Map.of("ClusterName", "taskflow-production", "ServiceName", "taskflow-api-production"), a.dimensions());
        assertEquals("GreaterThanThreshold", a.comparisonOperator());
        assertEquals(85.0, a.threshold());
        assertEquals(300, a.period());
        assertEquals(2, a.evaluationPeriods());
        assertEquals(2, a.datapointsToAlarm());
        assertEquals(600, a.windowSeconds());
        assertEquals(Tri.TRUE, a.actionsEnabled());
        assertEquals(List.of(SNS), a.alarmActions());
        assertEquals(Tri.TRUE, a.acts());
        assertEquals("missing", a.treatMissingData());
        assertFalse(a.metricMath());
        assertEquals(1, a.direction());
    }

    @Test
    void metricMathAlarmApiShape() throws ItemException {
        MetricAlarm a = Fixtures.shared(new MetricAlarmNormalizer(), "AWS__CloudWatch__Alarm.json", 1);
        assertTrue(a.metricMath());
        assertNull(a.namespace());
        assertNull(a.metricName());
        assertNull(a.stat());
        assertEquals("100*(m1/m2)", a.expression());
        assertEquals(3, a.metrics().size());
        AlarmMetric m1 = a.metrics().get(0);
        assertEquals("m1", m1.id());
        assertEquals("AWS/ApplicationELB", m1.namespace());
        assertEquals("HTTPCode_Target_5XX_Count", m1.metricName());
        assertEquals(Map.of("LoadBalancer", LB), m1.dimensions());
        assertEquals("Sum", m1.stat());
        assertEquals(60, m1.period());
        assertEquals(Tri.FALSE, m1.returnData());
        assertEquals("RequestCount", a.metrics().get(1).metricName());
        assertEquals(Tri.TRUE, a.metrics().get(2).returnData());
        assertNull(a.period());
        assertEquals(300, a.windowSeconds(), "longest metric period x evaluation periods");
        assertEquals(1.0, a.threshold());
        assertEquals(Tri.FALSE, a.actionsEnabled());
        assertEquals(Tri.FALSE, a.acts());
        assertEquals("notBreaching", a.treatMissingData());
    }

    @Test
    void percentileAlarmPascalCaseAdvancedQuery() throws ItemException {
        MetricAlarm a = Fixtures.shared(new MetricAlarmNormalizer(), "AWS__CloudWatch__Alarm.json", 2);
        assertEquals("taskflow-alb-p95-latency", a.alarmName());
        assertEquals("p95", a.extendedStatistic());
        assertNull(a.statistic());
        assertEquals("p95", a.stat());
        assertEquals(Map.of("LoadBalancer", LB), a.dimensions());
        assertEquals(0.5, a.threshold());
        assertEquals(300, a.windowSeconds());
        assertEquals(Map.of("Team", "platform"), a.tags());
        assertEquals(List.of(SNS), a.alarmActions());
    }

    @Test
    void autoScalingGroupShapes() throws ItemException {
        AutoScalingGroup g = Fixtures.shared(new AutoScalingGroupNormalizer(), "AWS__AutoScaling__AutoScalingGroup.json", 0);
        assertEquals("wedsync-production-app-asg", g.groupName());
        assertEquals("wedsync-production-app-asg", g.name(), "the group name, not the Name tag propagated to instances");
        assertTrue(g.arn().endsWith(":autoScalingGroupName/wedsync-production-app-asg"), g.arn());
        assertEquals(2, g.minSize());
        assertEquals(10, g.maxSize());
        assertEquals(3, g.desiredCapacity());
        assertEquals(List.of("us-east-1a", "us-east-1b"), g.availabilityZones());
        assertEquals(List.of("subnet-05f7b9d1c3e5a7b21", "subnet-05f7b9d1c3e5a7b22"), g.subnetIds());
        assertEquals("ELB", g.healthCheckType());
        assertEquals(300, g.healthCheckGracePeriod());
        assertEquals(1, g.targetGroupArns().size());
        assertTrue(g.behindLoadBalancer());
        assertEquals("lt-0a2c4e6f8b0d2e4f6", g.launchTemplateId());
        assertEquals("wedsync-app-lt", g.launchTemplateName());
        assertEquals("7", g.launchTemplateVersion());
        assertEquals(300, g.defaultCooldown());

        AutoScalingGroup cfn = Fixtures.shared(new AutoScalingGroupNormalizer(), "AWS__AutoScaling__AutoScalingGroup.json", 1);
        assertEquals("legacy-batch-asg", cfn.groupName());
        assertEquals(1, cfn.minSize());
        assertEquals(2, cfn.maxSize());
        assertEquals(List.of("us-east-1a"), cfn.availabilityZones());
        assertEquals(List.of("subnet-05f7b9d1c3e5a7b21"), cfn.subnetIds());
        assertEquals("EC2", cfn.healthCheckType());
        assertEquals(List.of("legacy-batch-elb"), cfn.loadBalancerNames());
        assertTrue(cfn.behindLoadBalancer());
        assertEquals("legacy-batch-lt", cfn.launchTemplateName(), "from the mixed instances policy");
        assertEquals(600, cfn.defaultCooldown());

        AutoScalingGroup q = Fixtures.shared(new AutoScalingGroupNormalizer(), "AWS__AutoScaling__AutoScalingGroup.json", 2);
        assertEquals(g.arn(), q.arn());
        assertEquals(g.availabilityZones(), q.availabilityZones());
        assertEquals(g.subnetIds(), q.subnetIds());
        assertEquals(g.targetGroupArns(), q.targetGroupArns());
        assertEquals(g.desiredCapacity(), q.desiredCapacity());
        assertEquals("wedsync", q.tags().get("Application"));
    }

    @Test
    void scalingPolicies() throws ItemException {
        ScalingPolicy up = Fixtures.shared(new ScalingPolicyNormalizer(), "AWS__AutoScaling__ScalingPolicy.json", 0);
        assertEquals("wedsync-app-scale-up", up.policyName());
        assertEquals("wedsync-production-app-asg", up.groupName());
        assertEquals("SimpleScaling", up.policyType());
        assertEquals("ChangeInCapacity", up.adjustmentType());
        assertEquals(2, up.scalingAdjustment());
        assertEquals(300, up.cooldown());
        assertEquals(List.of(), up.stepAdjustments());
        assertEquals(Tri.TRUE, up.enabled());
        assertEquals(List.of("arn:aws:cloudwatch:us-east-1:123456789012:alarm:wedsync-app-cpu-high"), up.alarmArns());
        assertTrue(up.arn().endsWith(":policyName/wedsync-app-scale-up"));

        ScalingPolicy down = Fixtures.shared(new ScalingPolicyNormalizer(), "AWS__AutoScaling__ScalingPolicy.json", 1);
        assertEquals("StepScaling", down.policyType());
        assertNull(down.scalingAdjustment());
        assertEquals(List.of(-1), down.stepAdjustments());
        assertNull(down.cooldown());
        assertEquals(300, down.estimatedInstanceWarmup());
        assertEquals(Tri.FALSE, down.enabled());
        assertEquals(List.of("arn:aws:cloudwatch:us-east-1:123456789012:alarm:wedsync-app-cpu-low"), down.alarmArns());
    }

    @Test
    void scheduledActions() throws ItemException {
        ScheduledAction night = Fixtures.shared(new ScheduledActionNormalizer(), "AWS__AutoScaling__ScheduledAction.json", 0);
        assertEquals("wedsync-app-night-scale-down", night.actionName());
        assertEquals("wedsync-production-app-asg", night.groupName());
        assertEquals("0 22 * * *", night.recurrence());
        assertEquals("Etc/UTC", night.timeZone());
        assertEquals(2, night.minSize());
        assertNull(night.maxSize());
        assertEquals(2, night.desiredCapacity());
        assertNull(night.endTime());

        ScheduledAction once = Fixtures.shared(new ScheduledActionNormalizer(), "AWS__AutoScaling__ScheduledAction.json", 1);
        assertNull(once.recurrence(), "a one-time action");
        assertEquals(6, once.minSize());
        assertEquals(20, once.maxSize());
        assertEquals(8, once.desiredCapacity());
        assertEquals(Instant.parse("2026-11-30T23:00:00Z"), once.endTime());
    }
}
