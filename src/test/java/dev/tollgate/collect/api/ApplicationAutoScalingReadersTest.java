package dev.tollgate.collect.api;

import dev.tollgate.collect.InputException;
import dev.tollgate.collect.InputReader;
import dev.tollgate.model.AppScalingPolicy;
import dev.tollgate.model.AppScalingStep;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.ScalableTarget;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two Application Auto Scaling CLI outputs, read through {@link InputReader}'s content detection. */
class ApplicationAutoScalingReadersTest {
    static final Path DIR = Path.of("src/test/resources/api/application-autoscaling");
    static final String ACCOUNT = "987654321098";
    static final String ROLE = "arn:aws:iam::987654321098:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/"
            + "AWSServiceRoleForApplicationAutoScaling_ECSService";

    @TempDir
    Path tmp;

    private static Snapshot read(Path... files) throws InputException {
        return new InputReader().read(List.of(files), null);
    }

    private static <T> List<T> facts(Snapshot s, Class<T> type) {
        return s.resources().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private Path write(String name, String json) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    private static String oneTarget(String fields) {
        return "{\"ScalableTargets\": [{\"ServiceNamespace\": \"ecs\", \"ResourceId\": \"service/c/api\", "
                + "\"ScalableDimension\": \"ecs:service:DesiredCount\"" + fields + "}]}";
    }

    private static final String TARGET_ARN = ", \"ScalableTargetARN\": "
            + "\"arn:aws:application-autoscaling:us-east-1:987654321098:scalable-target/0e3c7a1f9b2d4e6f8a0c1e3b5d7f9a2c4e6b\"";

    @Test
    void scalableTargetsAreReadWithAccountAndRegionFromTheirArns() throws Exception {
        Snapshot s = read(DIR.resolve("describe-scalable-targets.json"));
        List<ScalableTarget> targets = facts(s, ScalableTarget.class);
        assertEquals(List.of(
                new ScalableTarget("arn:aws:application-autoscaling:us-east-1:987654321098:scalable-target/0e3c7a1f9b2d4e6f8a0c1e3b5d7f9a2c4e6b",
                        ACCOUNT, "us-east-1", "service/taskflow-production/taskflow-api-production", Map.of(), "ecs",
                        "service/taskflow-production/taskflow-api-production", "ecs:service:DesiredCount",
                        "taskflow-production", "taskflow-api-production", 2, 20, Tri.FALSE, Tri.FALSE, Tri.FALSE, ROLE),
                new ScalableTarget("arn:aws:application-autoscaling:us-west-2:987654321098:scalable-target/0f4d8b2a0c3e5f7a9b1d2f4c6e8a0b3d5f7c",
                        ACCOUNT, "us-west-2", "service/taskflow-dr/taskflow-api-dr", Map.of(), "ecs",
                        "service/taskflow-dr/taskflow-api-dr", "ecs:service:DesiredCount", "taskflow-dr",
                        "taskflow-api-dr", 0, 20, Tri.TRUE, Tri.FALSE, Tri.FALSE, ROLE)), targets);
        assertEquals(Set.of(
                Coverage.collected(ACCOUNT, "us-east-1", ScalableTarget.TYPE, "api:describe-scalable-targets.json"),
                Coverage.collected(ACCOUNT, "us-west-2", ScalableTarget.TYPE, "api:describe-scalable-targets.json")),
                Set.copyOf(s.coverage()));
    }

    @Test
    void targetTrackingStepAndCustomizedPoliciesAreRead() throws Exception {
        Snapshot s = read(DIR.resolve("describe-scaling-policies.json"));
        Map<String, AppScalingPolicy> byName = facts(s, AppScalingPolicy.class).stream()
                .collect(Collectors.toMap(AppScalingPolicy::policyName, p -> p));
        assertEquals(Set.of("taskflow-api-cpu70", "taskflow-worker-backlog", "taskflow-worker-cpu-step"), byName.keySet());

        AppScalingPolicy cpu = byName.get("taskflow-api-cpu70");
        assertEquals(ACCOUNT, cpu.account());
        assertEquals("us-east-1", cpu.region());
        assertEquals("TargetTrackingScaling", cpu.policyType());
        assertEquals("taskflow-production", cpu.ecsCluster());
        assertEquals("taskflow-api-production", cpu.ecsService());
        assertEquals(70.0, cpu.targetValue());
        assertEquals("ECSServiceAverageCPUUtilization", cpu.predefinedMetricType());
        assertNull(cpu.customizedMetricName());
        assertEquals(300, cpu.scaleInCooldown());
        assertEquals(60, cpu.scaleOutCooldown());
        assertEquals(Tri.FALSE, cpu.disableScaleIn());
        assertEquals(2, cpu.alarmNames().size());
        assertTrue(cpu.stepAdjustments().isEmpty());

        AppScalingPolicy backlog = byName.get("taskflow-worker-backlog");
        assertNull(backlog.predefinedMetricType());
        assertEquals("BacklogPerTask", backlog.customizedMetricName());
        assertNull(backlog.scaleInCooldown(), "a cooldown the output does not state stays null");
        assertEquals(Tri.UNKNOWN, backlog.disableScaleIn());

        AppScalingPolicy step = byName.get("taskflow-worker-cpu-step");
        assertEquals("StepScaling", step.policyType());
        assertEquals("ChangeInCapacity", step.adjustmentType());
        assertEquals(60, step.cooldown());
        assertNull(step.targetValue());
        assertEquals(List.of(new AppScalingStep(0.0, 15.0, 1), new AppScalingStep(15.0, null, 2)), step.stepAdjustments());
        assertEquals(List.of("taskflow-worker-cpu-high"), step.alarmNames());

        assertEquals(Set.of(Coverage.collected(ACCOUNT, "us-east-1", AppScalingPolicy.TYPE,
                "api:describe-scaling-policies.json")), Set.copyOf(s.coverage()));
    }

    @Test
    void otherNamespacesAreReadButRecordNoEcsCoverageAndAnEmptyListingRecordsNothing() throws Exception {
        Path dynamo = write("dynamodb-targets.json", "{\"ScalableTargets\": [{\"ServiceNamespace\": \"dynamodb\", "
                + "\"ResourceId\": \"table/orders\", \"ScalableDimension\": \"dynamodb:table:ReadCapacityUnits\", "
                + "\"MinCapacity\": 5, \"MaxCapacity\": 100, \"ScalableTargetARN\": "
                + "\"arn:aws:application-autoscaling:eu-west-1:111122223333:scalable-target/0123456789abcdef0123456789abcdef0123\"}]}");
        Snapshot s = read(dynamo);
        ScalableTarget t = facts(s, ScalableTarget.class).get(0);
        assertEquals("eu-west-1", t.region());
        assertNull(t.ecsService());
        assertEquals(Tri.UNKNOWN, t.dynamicScalingOutSuspended(), "no SuspendedState: unknown, not false");
        assertTrue(s.coverage().isEmpty());

        Path empty = write("empty.json", "{\"ScalableTargets\": []}");
        Path emptyPolicies = write("empty-policies.json", "{\"ScalingPolicies\": []}");
        Snapshot e = new InputReader().read(List.of(empty, emptyPolicies), null);
        assertTrue(e.resources().isEmpty());
        assertTrue(e.coverage().isEmpty());
    }

    @Test
    void aResourceIdOfAnotherShapeLeavesClusterAndServiceUnknown() throws Exception {
        Snapshot s = read(write("odd.json", oneTarget(TARGET_ARN).replace("service/c/api", "service/api")));
        ScalableTarget t = facts(s, ScalableTarget.class).get(0);
        assertNull(t.ecsCluster());
        assertNull(t.ecsService());
        assertEquals("service/api", t.resourceId());
    }

    private void assertOneLineError(Path file, String... fragments) {
        InputException e = assertThrows(InputException.class, () -> read(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "expected \"" + f + "\" in: " + e.getMessage());
        }
    }

    @Test
    void aTargetWithoutItsArnIsAnErrorSayingWhy() throws Exception {
        assertOneLineError(write("old-cli.json", oneTarget(", \"MinCapacity\": 2, \"MaxCapacity\": 20")),
                "ScalableTargets[0] (service/c/api) has no ScalableTargetARN", "account and region are unknown");
    }

    @Test
    void wrongValueTypesAreOneLineErrorsNamingTheFileAndElement() throws Exception {
        assertOneLineError(write("min.json", oneTarget(TARGET_ARN + ", \"MinCapacity\": \"two\"")),
                "ScalableTargets[0] (service/c/api).MinCapacity is \"two\", expected a whole number");
        assertOneLineError(write("suspended.json", oneTarget(TARGET_ARN
                        + ", \"SuspendedState\": {\"DynamicScalingOutSuspended\": \"yes\"}")),
                "SuspendedState.DynamicScalingOutSuspended", "expected true or false");
        assertOneLineError(write("arn.json", oneTarget(", \"ScalableTargetARN\": \"arn:aws:ecs:us-east-1:1:x\"")),
                "is not an Application Auto Scaling ARN");
        assertOneLineError(write("notarray.json", "{\"ScalableTargets\": {\"ResourceId\": \"service/c/api\"}}"),
                "\"ScalableTargets\" must be an array");
        assertOneLineError(write("target.json", "{\"ScalingPolicies\": [{\"PolicyName\": \"p\", \"PolicyARN\": "
                        + "\"arn:aws:autoscaling:us-east-1:987654321098:scalingPolicy:x:resource/ecs/service/c/api:policyName/p\", "
                        + "\"ServiceNamespace\": \"ecs\", \"TargetTrackingScalingPolicyConfiguration\": {\"TargetValue\": \"70%\"}}]}"),
                "ScalingPolicies[0] (p).TargetTrackingScalingPolicyConfiguration.TargetValue is \"70%\", expected a number");
        assertOneLineError(write("noarn-policy.json", "{\"ScalingPolicies\": [{\"PolicyName\": \"p\", \"ServiceNamespace\": \"ecs\"}]}"),
                "ScalingPolicies[0] (p) has no PolicyARN");
        assertOneLineError(write("steps.json", "{\"ScalingPolicies\": [{\"PolicyName\": \"p\", \"PolicyARN\": "
                        + "\"arn:aws:autoscaling:us-east-1:987654321098:scalingPolicy:x:resource/ecs/service/c/api:policyName/p\", "
                        + "\"StepScalingPolicyConfiguration\": {\"StepAdjustments\": [{\"ScalingAdjustment\": 1.5}]}}]}"),
                "StepAdjustments[0].ScalingAdjustment is 1.5, expected a whole number");
    }

    @Test
    void aSinglePageOfTheListingIsRefused() throws Exception {
        assertOneLineError(write("page.json", oneTarget(TARGET_ARN).replaceFirst("\\}$", ", \"NextToken\": \"eyJ2IjoxfQ==\"}")),
                "NextToken is set", "without --max-items");
    }

    @Test
    void malformedJsonIsAnErrorNamingTheFileAndLine() throws Exception {
        assertOneLineError(write("broken.json", "{\"ScalableTargets\": [\n  {\"ResourceId\": \"service/c/api\",\n}"),
                "broken.json:", "malformed JSON");
    }

    @Test
    void hostileValuesAreCutToOneShortLine() throws Exception {
        String longText = "x".repeat(500) + "\\n" + "y";
        InputException e = assertThrows(InputException.class,
                () -> read(write("hostile.json", oneTarget(TARGET_ARN + ", \"MaxCapacity\": \"" + longText + "\""))));
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }
}
