package dev.tollgate.collect.config.network;

import dev.tollgate.model.FlowLog;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.tollgate.collect.config.network.Fixtures.ACCOUNT;
import static dev.tollgate.collect.config.network.Fixtures.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;

class FlowLogNormalizerTest {
    private final FlowLogNormalizer normalizer = new FlowLogNormalizer();

    @Test
    void s3FlowLogFromVersion12Item() throws Exception {
        FlowLog log = normalizer.normalize(Fixtures.own("FlowLog", "fl-0a1b2c3d4e5f60001"));

        assertEquals(new FlowLog(Fixtures.arn("vpc-flow-log", "fl-0a1b2c3d4e5f60001"), ACCOUNT, REGION,
                "fl-0a1b2c3d4e5f60001", Map.of(), "fl-0a1b2c3d4e5f60001", "subnet-0aaa1111bbbb2222c", "REJECT", "s3",
                "arn:aws:s3:::org-flow-logs-111122223333/vpc/", "ACTIVE"), log);
    }

    @Test
    void legacyFlowLogWithOnlyALogGroupDeliversToCloudWatchLogs() throws Exception {
        FlowLog log = normalizer.normalize(Fixtures.own("FlowLog", "fl-0a1b2c3d4e5f60002"));

        assertEquals(new FlowLog(Fixtures.arn("vpc-flow-log", "fl-0a1b2c3d4e5f60002"), ACCOUNT, REGION,
                "legacy-flow-log", Map.of("Name", "legacy-flow-log"), "fl-0a1b2c3d4e5f60002", "vpc-0a11b22c33d44e55f",
                "ALL", "cloud-watch-logs", "vpc-flow-logs", "ACTIVE"), log);
    }

    @Test
    void pascalCaseRegistryShapeReadsTheSameAndHasNoStatus() throws Exception {
        FlowLog log = normalizer.normalize(Fixtures.own("FlowLog", "fl-0a1b2c3d4e5f60003"));

        assertEquals(new FlowLog(Fixtures.arn("vpc-flow-log", "fl-0a1b2c3d4e5f60003"), ACCOUNT, REGION,
                "fl-0a1b2c3d4e5f60003", Map.of("team", "net"), "fl-0a1b2c3d4e5f60003", "eni-0123456789abcdef0",
                "ACCEPT", "cloud-watch-logs", "arn:aws:logs:us-east-1:111122223333:log-group:eni-logs", null), log);
    }
}
