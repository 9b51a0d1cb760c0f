package dev.tollgate.collect.config.data;

import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.Certificate;
import dev.tollgate.model.Container;
import dev.tollgate.model.EcsService;
import dev.tollgate.model.EcsTaskDefinition;
import dev.tollgate.model.EnvVar;
import dev.tollgate.model.KmsKey;
import dev.tollgate.model.LogGroup;
import dev.tollgate.model.Secret;
import dev.tollgate.model.SecretRef;
import dev.tollgate.model.Trail;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpsNormalizersTest {
    private static final String SECRET = "arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-Ab12Cd";

    @Test
    void organisationTrail() throws ItemException {
        Trail t = Fixtures.data(new TrailNormalizer(), "cloudtrail-trail.json", 0);
        assertEquals("arn:aws:cloudtrail:us-east-1:111122223333:trail/org-audit", t.arn());
        assertEquals("org-audit", t.name());
        assertEquals("us-east-1", t.homeRegion());
        assertEquals(Tri.TRUE, t.multiRegion());
        assertEquals(Tri.TRUE, t.logFileValidation());
        assertEquals("arn:aws:kms:us-east-1:111122223333:key/44444444-5555-6666-7777-888888888888", t.kmsKeyId());
        assertEquals(Tri.UNKNOWN, t.logging(), "DescribeTrails does not carry the logging status");
        assertEquals("acme-cloudtrail", t.s3BucketName());
        assertEquals("arn:aws:logs:us-east-1:111122223333:log-group:/aws/cloudtrail/org-audit:*", t.cloudWatchLogGroupArn());
        assertEquals(Tri.TRUE, t.includeGlobalEvents());
        assertEquals(Tri.TRUE, t.organizationTrail());
    }

    @Test
    void trailCloudFormationShapeV12() throws ItemException {
        Trail t = Fixtures.data(new TrailNormalizer(), "cloudtrail-trail.json", 1);
        assertEquals(Tri.FALSE, t.logging(), "IsLogging recorded");
        assertEquals(Tri.FALSE, t.multiRegion());
        assertEquals(Tri.FALSE, t.logFileValidation());
        assertEquals(Tri.FALSE, t.includeGlobalEvents());
        assertEquals(Tri.UNKNOWN, t.organizationTrail());
        assertNull(t.kmsKeyId());
        assertNull(t.homeRegion());
        assertEquals("acme-dev-trail", t.s3BucketName());
        Trail shared = Fixtures.shared(new TrailNormalizer(), "AWS__CloudTrail__Trail.json", 0);
        assertEquals(Tri.FALSE, shared.logFileValidation());
    }

    @Test
    void kmsKeysRotation() throws ItemException {
        KmsKeyNormalizer n = new KmsKeyNormalizer();
        KmsKey on = Fixtures.data(n, "kms-key.json", 0);
        assertEquals("arn:aws:kms:us-east-1:111122223333:key/55555555-6666-7777-8888-999999999999", on.arn());
        assertEquals("payments", on.name());
        assertEquals("55555555-6666-7777-8888-999999999999", on.keyId());
        assertEquals("CUSTOMER", on.keyManager());
        assertEquals("SYMMETRIC_DEFAULT", on.keySpec());
        assertEquals("Enabled", on.keyState());
        assertEquals("AWS_KMS", on.origin());
        assertTrue(on.customerManagedSymmetric());
        assertEquals(Tri.TRUE, on.rotationEnabled());
        KmsKey off = Fixtures.data(n, "kms-key.json", 1);
        assertEquals(Tri.FALSE, off.rotationEnabled());
        assertEquals("66666666-7777-8888-9999-aaaaaaaaaaaa", off.name());
        KmsKey rsa = Fixtures.data(n, "kms-key.json", 2);
        assertEquals(Tri.UNKNOWN, rsa.rotationEnabled(), "no KeyRotationStatus recorded");
        assertEquals("RSA_2048", rsa.keySpec());
        assertFalse(rsa.customerManagedSymmetric());
        assertEquals(Tri.FALSE, Fixtures.<KmsKey>shared(n, "AWS__KMS__Key.json", 1).rotationEnabled(), "string \"false\"");
    }

    @Test
    void logGroupRetention() throws ItemException {
        LogGroupNormalizer n = new LogGroupNormalizer();
        LogGroup kept = Fixtures.data(n, "logs-log-group.json", 0);
        assertEquals("arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/checkout", kept.arn());
        assertEquals("/aws/lambda/checkout", kept.name());
        assertEquals(Map.of("team", "payments"), kept.tags(), "from the configuration's Tags list");
        assertEquals(365, kept.retentionDays());
        assertEquals(Tri.TRUE, kept.retentionKnown());
        assertEquals("arn:aws:kms:us-east-1:111122223333:key/55555555-6666-7777-8888-999999999999", kept.kmsKeyId());
        LogGroup forever = Fixtures.data(n, "logs-log-group.json", 1);
        assertNull(forever.retentionDays(), "no retention: never expires");
        assertEquals(Tri.TRUE, forever.retentionKnown());
        assertNull(forever.kmsKeyId());
        LogGroup sharedForever = Fixtures.shared(n, "AWS__Logs__LogGroup.json", 2);
        assertNull(sharedForever.retentionDays());
        assertEquals(Tri.TRUE, sharedForever.retentionKnown());
        assertEquals(30, Fixtures.<LogGroup>shared(n, "AWS__Logs__LogGroup.json", 1).retentionDays());
    }

    @Test
    void secrets() throws ItemException {
        SecretNormalizer n = new SecretNormalizer();
        Secret rotated = Fixtures.data(n, "secretsmanager-secret.json", 0);
        assertEquals(SECRET, rotated.arn());
        assertEquals("orders-db-credentials", rotated.name());
        assertEquals(Tri.TRUE, rotated.rotationEnabled());
        assertEquals(10, rotated.rotationDays(), "from rate(10 days)");
        assertEquals(Instant.parse("2026-11-15T04:00:00Z"), rotated.lastRotated());
        assertEquals(Instant.parse("2026-11-19T00:00:00Z"), rotated.lastAccessed());
        assertEquals("arn:aws:kms:us-east-1:111122223333:key/55555555-6666-7777-8888-999999999999", rotated.kmsKeyId());
        Secret never = Fixtures.data(n, "secretsmanager-secret.json", 1);
        assertEquals("legacy/api-key", never.name());
        assertEquals(Tri.FALSE, never.rotationEnabled(), "never configured for rotation: DescribeSecret omits the flag");
        assertNull(never.rotationDays());
        assertNull(never.lastRotated());
        assertNull(never.kmsKeyId());
        Secret shared = Fixtures.shared(n, "AWS__SecretsManager__Secret.json", 0);
        assertEquals(30, shared.rotationDays());
        assertEquals(Tri.FALSE, Fixtures.<Secret>shared(n, "AWS__SecretsManager__Secret.json", 1).rotationEnabled());
    }

    @Test
    void rotationScheduleExpressions() {
        com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        assertEquals(1, SecretNormalizer.rotationDays(f.objectNode().put("ScheduleExpression", "rate(4 hours)")));
        assertEquals(2, SecretNormalizer.rotationDays(f.objectNode().put("ScheduleExpression", "rate(25 hours)")));
        assertEquals(7, SecretNormalizer.rotationDays(f.objectNode().put("AutomaticallyAfterDays", 7)
                .put("ScheduleExpression", "rate(10 days)")));
        assertNull(SecretNormalizer.rotationDays(f.objectNode().put("ScheduleExpression", "cron(0 16 1,15 * ? *)")));
    }

    @Test
    void taskDefinitions() throws ItemException {
        EcsTaskDefinitionNormalizer n = new EcsTaskDefinitionNormalizer();
        EcsTaskDefinition ok = Fixtures.data(n, "ecs-task-definition.json", 0);
        assertEquals("arn:aws:ecs:us-east-1:111122223333:task-definition/checkout:7", ok.arn());
        assertEquals("checkout", ok.family());
        assertEquals(7, ok.revision());
        assertEquals("arn:aws:iam::111122223333:role/checkout-task", ok.taskRoleArn());
        assertEquals("arn:aws:iam::111122223333:role/ecs-exec", ok.executionRoleArn());
        assertEquals("awsvpc", ok.networkMode());
        assertEquals(List.of("FARGATE"), ok.compatibilities());
        assertEquals("512", ok.cpu(), "task-level Cpu as recorded");
        assertEquals("1024", ok.memory());
        assertEquals(List.of(new Container("app", "111122223333.dkr.ecr.us-east-1.amazonaws.com/checkout:1.4.2", Tri.FALSE, Tri.TRUE,
                "1000:1000", List.of(new EnvVar("LOG_LEVEL", "info")), List.of(new SecretRef("DB_PASSWORD", SECRET)),
                "awslogs", "/ecs/checkout")), ok.containers());

        EcsTaskDefinition bad = Fixtures.data(n, "ecs-task-definition.json", 1);
        assertEquals(12, bad.revision(), "from the ARN suffix");
        assertNull(bad.taskRoleArn());
        assertNull(bad.cpu(), "no task-level Cpu (EC2 task definition)");
        assertEquals("512", bad.memory(), "a number is read as its text");
        assertEquals(List.of(
                new Container("worker", "docker.io/library/busybox:latest", Tri.TRUE, Tri.FALSE, null,
                        List.of(new EnvVar("AWS_SECRET_ACCESS_KEY", "FAKEfakeFAKEfakeFAKEfakeFAKEfakeFAKEfake"), new EnvVar("EMPTY", null)),
                        List.of(), null, null),
                new Container("sidecar", "public.ecr.aws/nginx/nginx:1.27", Tri.FALSE, Tri.FALSE, null, List.of(), List.of(),
                        "json-file", null)), bad.containers(), "unset Privileged/ReadonlyRootFilesystem take ECS's default false");
        assertEquals(42, Fixtures.<EcsTaskDefinition>shared(n, "AWS__ECS__TaskDefinition.json", 0).revision());
        assertTrue(Fixtures.<EcsTaskDefinition>shared(n, "AWS__ECS__TaskDefinition.json", 0).containers().get(0).environment()
                .stream().anyMatch(e -> "STRIPE_SECRET_KEY".equals(e.name())));
        EcsTaskDefinition shared = Fixtures.shared(n, "AWS__ECS__TaskDefinition.json", 0);
        assertEquals("1024", shared.cpu());
        assertEquals("2048", shared.memory());
    }

    @Test
    void services() throws ItemException {
        EcsServiceNormalizer n = new EcsServiceNormalizer();
        EcsService ok = Fixtures.data(n, "ecs-service.json", 0);
        assertEquals("arn:aws:ecs:us-east-1:111122223333:service/prod/checkout", ok.arn());
        assertEquals("checkout", ok.name());
        assertEquals("arn:aws:ecs:us-east-1:111122223333:cluster/prod", ok.clusterArn());
        assertEquals("checkout", ok.serviceName());
        assertEquals(3, ok.desiredCount());
        assertEquals("FARGATE", ok.launchType());
        assertEquals("arn:aws:ecs:us-east-1:111122223333:task-definition/checkout:7", ok.taskDefinitionArn());
        assertEquals(Tri.FALSE, ok.assignPublicIp());
        assertEquals(List.of("subnet-0a1", "subnet-0a2"), ok.subnetIds());
        assertEquals(List.of("sg-0app0000000001"), ok.securityGroupIds());
        assertEquals(List.of(), ok.capacityProviders(), "a launch type, no capacity provider strategy");
        EcsService bad = Fixtures.data(n, "ecs-service.json", 1);
        assertEquals("preview", bad.serviceName(), "Name when ServiceName is absent");
        assertEquals(Tri.TRUE, bad.assignPublicIp());
        assertEquals(List.of(), bad.securityGroupIds());
        EcsService bridge = Fixtures.data(n, "ecs-service.json", 2);
        assertEquals(Tri.UNKNOWN, bridge.assignPublicIp(), "no awsvpc configuration");
        assertEquals(List.of(), bridge.subnetIds());
        assertEquals("EC2", bridge.launchType());
        EcsService providers = Fixtures.data(n, "ecs-service.json", 3);
        assertNull(providers.launchType(), "services on capacity providers record no launch type");
        assertEquals(List.of("FARGATE", "FARGATE_SPOT"), providers.capacityProviders());
        assertEquals(List.of("subnet-0a1", "subnet-0a2"), providers.subnetIds());
        assertEquals(Tri.TRUE, Fixtures.<EcsService>shared(n, "AWS__ECS__Service.json", 1).assignPublicIp());
        assertNull(ok.deploymentController(), "no DeploymentController recorded: not guessed");
        assertEquals(List.of(), ok.targetGroupArns());
        EcsService rolling = Fixtures.shared(n, "AWS__ECS__Service.json", 0);
        assertEquals("ECS", rolling.deploymentController());
        assertEquals(List.of("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/taskflow-api-prod-tg/8c1d2e3f4a5b6c7d"),
                rolling.targetGroupArns());
        assertEquals("ECS", Fixtures.<EcsService>shared(n, "AWS__ECS__Service.json", 1).deploymentController(),
                "configuration as a JSON string");
        EcsService blueGreen = Fixtures.shared(n, "AWS__ECS__Service.json", 2);
        assertEquals("CODE_DEPLOY", blueGreen.deploymentController());
        assertEquals(List.of("arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/taskflow-web-blue/1a2b3c4d5e6f7a8b"),
                blueGreen.targetGroupArns(), "one target group, read once");
        assertEquals(Map.of("Environment", "production", "Application", "taskflow"), blueGreen.tags(), "advanced-query tag list");
    }

    @Test
    void certificates() throws ItemException {
        CertificateNormalizer n = new CertificateNormalizer();
        Certificate ok = Fixtures.data(n, "acm-certificate.json", 0);
        assertEquals("arn:aws:acm:us-east-1:111122223333:certificate/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", ok.arn());
        assertEquals("shop.example.com", ok.name());
        assertEquals("shop.example.com", ok.domainName());
        assertEquals("ISSUED", ok.status());
        assertEquals("AMAZON_ISSUED", ok.type());
        assertEquals(Instant.parse("2027-06-28T23:59:59Z"), ok.notAfter());
        assertEquals("EC-prime256v1", ok.keyAlgorithm());
        assertEquals(List.of("arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/shop-alb/50dc6c495c0c9188"), ok.inUseBy());
        assertEquals("ELIGIBLE", ok.renewalEligibility());
        Certificate expired = Fixtures.data(n, "acm-certificate.json", 1);
        assertEquals("EXPIRED", expired.status());
        assertEquals(Instant.ofEpochSecond(1761955199L), expired.notAfter(), "epoch seconds");
        assertEquals("RSA-1024", expired.keyAlgorithm());
        assertEquals(List.of(), expired.inUseBy());
        assertEquals(Instant.parse("2026-12-09T23:59:59Z"),
                Fixtures.<Certificate>shared(n, "AWS__ACM__Certificate.json", 0).notAfter());
    }
}
