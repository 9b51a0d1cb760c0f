package dev.tollgate.evaluate;

import dev.tollgate.model.Ec2Instance;
import dev.tollgate.model.EcsService;
import dev.tollgate.model.LoadBalancer;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ScanClock;
import dev.tollgate.model.SecurityGroupUse;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SecurityGroupUsesTest {
    private static final String ACCT = "210987654321";
    private static final String REG = "us-east-1";

    private static List<Object> derive(Resource... rs) {
        Snapshot s = new Snapshot(Instant.parse("2026-11-24T03:00:00Z"), "test", List.of(), List.of(rs), List.of());
        return new SecurityGroupUses().derive(s, new ScanClock(s.capturedAt()));
    }

    @Test
    void oneUsePerResourceAndGroupWithTheNamesItCanBeSelectedBy() {
        LoadBalancer lb = new LoadBalancer("arn:aws:elasticloadbalancing:us-east-1:210987654321:loadbalancer/app/shopflow-production-alb/3c7e1a9f5b2d8e40",
                ACCT, REG, "edge", Map.of("Name", "edge"), "application", "internet-facing", null, "vpc-1", List.of(), List.of(),
                List.of("sg-a", "sg-a", "sg-b"), Tri.TRUE, Tri.TRUE, Tri.TRUE);
        EcsService svc = new EcsService("arn:aws:ecs:us-east-1:210987654321:service/shopflow-production/shopflow-api", ACCT, REG,
                "shopflow-api", Map.of(), null, "shopflow-api", 6, "FARGATE", null, Tri.FALSE, List.of(), List.of("sg-c"),
                List.of(), "CODE_DEPLOY", List.of());
        List<Object> uses = derive(lb, svc);
        assertEquals(List.of(
                new SecurityGroupUse(ACCT, REG, "sg-a", "lb", List.of("edge", "shopflow-production-alb"), lb.arn()),
                new SecurityGroupUse(ACCT, REG, "sg-b", "lb", List.of("edge", "shopflow-production-alb"), lb.arn()),
                new SecurityGroupUse(ACCT, REG, "sg-c", "ecs", List.of("shopflow-api"), svc.arn())), uses);
    }

    @Test
    void instancesBySelectableNameTagAndIdTerminatedOnesIgnored() {
        Ec2Instance app = new Ec2Instance("arn:aws:ec2:us-east-1:210987654321:instance/i-1", ACCT, REG, "wedsync-app",
                Map.of("Name", "wedsync-app"), "i-1", "running", "m6i.large", "ami-1", "vpc-1", "subnet-1", null,
                List.of("sg-app"), null, "required", "enabled", null);
        Ec2Instance gone = new Ec2Instance("arn:aws:ec2:us-east-1:210987654321:instance/i-2", ACCT, REG, "old",
                Map.of("Name", "old"), "i-2", "terminated", "m6i.large", "ami-1", "vpc-1", "subnet-1", null,
                List.of("sg-old"), null, "required", "enabled", null);
        assertEquals(List.of(new SecurityGroupUse(ACCT, REG, "sg-app", "ec2", List.of("wedsync-app", "i-1"), app.arn())),
                derive(app, gone));
    }

    @Test
    void loadBalancerNameFromTheArn() {
        assertEquals("shopflow-production-alb",
                SecurityGroupUses.lbName("arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/shopflow-production-alb/3c7e"));
        assertEquals("nlb", SecurityGroupUses.lbName("arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/net/nlb/9a8b"));
        assertNull(SecurityGroupUses.lbName("arn:aws:ec2:us-east-1:1:instance/i-1"));
        assertNull(SecurityGroupUses.lbName(null));
    }
}
