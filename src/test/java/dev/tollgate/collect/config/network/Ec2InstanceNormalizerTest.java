package dev.tollgate.collect.config.network;

import dev.tollgate.model.Ec2Instance;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.tollgate.collect.config.network.Fixtures.ACCOUNT;
import static dev.tollgate.collect.config.network.Fixtures.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Ec2InstanceNormalizerTest {
    private final Ec2InstanceNormalizer normalizer = new Ec2InstanceNormalizer();

    @Test
    void runningPublicInstanceWithOptionalImdsFromVersion12Item() throws Exception {
        Ec2Instance instance = normalizer.normalize(Fixtures.own("Instance", "i-0123456789abcdef0"));

        assertEquals(new Ec2Instance(Fixtures.arn("instance", "i-0123456789abcdef0"), ACCOUNT, REGION, "web-1",
                Map.of("Name", "web-1"), "i-0123456789abcdef0", "running", "t3.small", "ami-0abcdef1234567890",
                "vpc-0a11b22c33d44e55f", "subnet-0aaa1111bbbb2222c", "54.210.1.10",
                // the secondary interface's group guards the instance too
                List.of("sg-0123456789abcdef0", "sg-0aaaabbbbccccdddd"),
                "arn:aws:iam::111122223333:instance-profile/web-profile", "optional", "enabled",
                Instant.parse("2025-07-01T09:30:00Z")), instance);
    }

    @Test
    void itemWithoutMetadataOptionsOrProfileLeavesThemUnknown() throws Exception {
        Ec2Instance instance = normalizer.normalize(Fixtures.own("Instance", "i-0fedcba9876543210"));

        assertEquals(new Ec2Instance(Fixtures.arn("instance", "i-0fedcba9876543210"), ACCOUNT, REGION,
                "i-0fedcba9876543210", Map.of(), "i-0fedcba9876543210", "stopped", "m5.large", "ami-0fedcba9876543210",
                "vpc-0a11b22c33d44e55f", "subnet-0ccc3333dddd4444e", null, List.of("sg-0fedcba9876543210"),
                null, null, null, Instant.parse("2019-02-11T16:05:12Z")), instance);
    }
}
