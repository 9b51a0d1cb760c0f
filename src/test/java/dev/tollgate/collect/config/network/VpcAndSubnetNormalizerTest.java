package dev.tollgate.collect.config.network;

import dev.tollgate.model.Subnet;
import dev.tollgate.model.Tri;
import dev.tollgate.model.Vpc;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.tollgate.collect.config.network.Fixtures.ACCOUNT;
import static dev.tollgate.collect.config.network.Fixtures.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VpcAndSubnetNormalizerTest {
    @Test
    void defaultVpcFromVersion12ItemIsNamedByItsIdWhenUntagged() throws Exception {
        Vpc vpc = new VpcNormalizer().normalize(Fixtures.own("VPC", "vpc-0d0e0f0a0b0c0d0e0"));

        assertEquals(new Vpc(Fixtures.arn("vpc", "vpc-0d0e0f0a0b0c0d0e0"), ACCOUNT, REGION, "vpc-0d0e0f0a0b0c0d0e0",
                Map.of(), "vpc-0d0e0f0a0b0c0d0e0", "172.31.0.0/16", true), vpc);
    }

    @Test
    void customVpcFromVersion13ItemIsNamedByItsNameTag() throws Exception {
        Vpc vpc = new VpcNormalizer().normalize(Fixtures.own("VPC", "vpc-0a11b22c33d44e55f"));

        assertEquals(new Vpc(Fixtures.arn("vpc", "vpc-0a11b22c33d44e55f"), ACCOUNT, REGION, "prod-vpc",
                Map.of("Name", "prod-vpc", "env", "prod"), "vpc-0a11b22c33d44e55f", "10.40.0.0/16", false), vpc);
    }

    @Test
    void publicSubnetFromVersion12Item() throws Exception {
        Subnet subnet = new SubnetNormalizer().normalize(Fixtures.own("Subnet", "subnet-0aaa1111bbbb2222c"));

        assertEquals(new Subnet(Fixtures.arn("subnet", "subnet-0aaa1111bbbb2222c"), ACCOUNT, REGION, "public-a",
                Map.of("Name", "public-a"), "subnet-0aaa1111bbbb2222c", "vpc-0a11b22c33d44e55f", "us-east-1a",
                "10.40.0.0/24", Tri.TRUE), subnet);
    }

    @Test
    void subnetWithoutMapPublicIpIsUnknownAndTakesTheItemsZone() throws Exception {
        Subnet subnet = new SubnetNormalizer().normalize(Fixtures.own("Subnet", "subnet-0ccc3333dddd4444e"));

        assertEquals(new Subnet(Fixtures.arn("subnet", "subnet-0ccc3333dddd4444e"), ACCOUNT, REGION,
                "subnet-0ccc3333dddd4444e", Map.of(), "subnet-0ccc3333dddd4444e", "vpc-0a11b22c33d44e55f",
                "us-east-1b", "10.40.10.0/24", Tri.UNKNOWN), subnet);
    }
}
