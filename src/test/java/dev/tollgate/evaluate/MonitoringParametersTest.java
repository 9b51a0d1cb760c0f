package dev.tollgate.evaluate;

import dev.tollgate.model.AlarmSpec;
import dev.tollgate.model.ScalingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Format of monitoring.requiredAlarms and asg.scalingPolicies: parsed by the model, rejected when a profile loads. */
class MonitoringParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecs-service: AWS/ECS CPUUtilization > 85 for 600s", "rds-replica: AWS/RDS ReplicaLag > 5",
            "alb: AWS/ApplicationELB TargetResponseTime p95 > 0.5 for 300s", "rds: AWS/RDS DatabaseConnections > *",
            "alb: AWS/ApplicationELB HTTPCode_Target_5XX_Count/RequestCount > 0.5%", "asg: CWAgent mem_used_percent >= 80",
            "rds: AWS/RDS FreeStorageSpace < *", "rds-primary: AWS/RDS CPUUtilization Maximum > 80 for 300s",
            "alb: AWS/ApplicationELB TargetResponseTime p99.9 > 1"})
    void wellFormedAlarmsParse(String v) {
        assertNull(AlarmSpec.problem(v), v);
        assertEquals(v, AlarmSpec.parse(v).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS/ECS:CPUUtilization>85:600s", "ecs: AWS/ECS CPUUtilization > 85", "ecs-service AWS/ECS CPUUtilization > 85",
            "ecs-service: AWS/ECS CPUUtilization => 85", "ecs-service: AWS/ECS CPUUtilization > 85 for 10min",
            "ecs-service: AWS/ECS CPUUtilization > eighty", "ecs-service: AWS/ECS CPUUtilization > 85 for 0s",
            "ecs-service: AWS/ECS CPUUtilization p95 85", "alb: AWS/ApplicationELB A/B p95 > 1", "ecs-service: AWS/ECS CPUUtilization",
            "", " rds: AWS/RDS ReplicaLag > 5", "rds: AWS/RDS ReplicaLag > 5 "})
    void malformedAlarmsFail(String v) {
        String p = AlarmSpec.problem(v);
        assertNotNull(p, "accepted: \"" + v + "\"");
        assertTrue(p.startsWith("monitoring.requiredAlarms: \"" + v + "\": "), p);
        assertThrows(IllegalArgumentException.class, () -> AlarmSpec.parse(v));
    }

    @Test
    void partsOfAnAlarmEntry() {
        AlarmSpec s = AlarmSpec.parse("alb: AWS/ApplicationELB HTTPCode_Target_5XX_Count/RequestCount > 1% for 300s");
        assertEquals("alb", s.target());
        assertEquals("AWS/ApplicationELB", s.namespace());
        assertEquals("HTTPCode_Target_5XX_Count", s.metric());
        assertEquals("RequestCount", s.denominator());
        assertNull(s.statistic());
        assertEquals(1.0, s.threshold());
        assertTrue(s.percent());
        assertEquals(300, s.windowSeconds());
        assertEquals(1, s.direction());
        AlarmSpec any = AlarmSpec.parse("rds: AWS/RDS FreeStorageSpace < *");
        assertNull(any.threshold());
        assertEquals(-1, any.direction());
        assertEquals("p95", AlarmSpec.parse("alb: AWS/ApplicationELB TargetResponseTime p95 > 0.5").statistic());
    }

    @Test
    void scalingEntries() {
        ScalingSpec s = ScalingSpec.parse("AWS/EC2 CPUUtilization > 75 adjust +2 cooldown 300s");
        assertEquals("CPUUtilization", s.metric());
        assertEquals(75.0, s.threshold());
        assertEquals(2, s.adjustment());
        assertEquals(300, s.cooldownSeconds());
        assertEquals(-1, ScalingSpec.parse("AWS/EC2 CPUUtilization < 25% adjust -1 cooldown 300s").adjustment());
        for (String bad : List.of("CPUUtilization > 75 +2 300", "AWS/EC2 CPUUtilization > 75 adjust 2 cooldown 300s",
                "AWS/EC2 CPUUtilization > 75 adjust +0 cooldown 300s", "AWS/EC2 CPUUtilization > 75 adjust +2 cooldown 300")) {
            assertNotNull(ScalingSpec.problem(bad), bad);
        }
    }

    @Test
    void aProfileWithAMalformedEntryIsRejectedNamingIt() throws Exception {
        ProfileLoader loader = new ProfileLoader();
        ProfileException e = assertThrows(ProfileException.class, () -> loader.parse("bad.yaml", """
                name: bad
                parameters:
                  monitoring.requiredAlarms: ["rds-replica: AWS/RDS ReplicaLag > 5", "AWS/ECS:CPUUtilization>85:600s"]
                """));
        assertTrue(e.getMessage().contains("AWS/ECS:CPUUtilization>85:600s"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("TARGET: NAMESPACE METRIC"), e.getMessage());
        ProfileException e2 = assertThrows(ProfileException.class, () -> loader.parse("bad2.yaml",
                "name: bad2\nparameters:\n  asg.scalingPolicies: [\"CPU > 75 +2\"]\n"));
        assertTrue(e2.getMessage().contains("adjust +N|-N cooldown"), e2.getMessage());
        assertFalse(loader.parse("good.yaml", "name: good\nparameters:\n  monitoring.requiredAlarms: [\"rds: AWS/RDS CPUUtilization > 80\"]\n")
                .params().get("monitoring.requiredAlarms").list().isEmpty());
    }

    @Test
    void theDocumentedAlarmsAreEncoded() throws Exception {
        ProfileLoader loader = new ProfileLoader();
        assertEquals(7, loader.load("taskflow-production").params().get("monitoring.requiredAlarms").list().size());
        assertEquals(6, loader.load("shopflow-production").params().get("monitoring.requiredAlarms").list().size());
        assertEquals(7, loader.load("wedsync-production").params().get("monitoring.requiredAlarms").list().size());
        assertEquals(2, loader.load("wedsync-production").params().get("asg.scalingPolicies").list().size());
        assertNull(loader.load("baseline").params().get("monitoring.requiredAlarms"), "no baseline alarms");
    }
}
