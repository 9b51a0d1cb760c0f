package dev.tollgate.collect.config.network;

import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.collect.config.Normalizers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NetworkNormalizers (package-private in the parent package) registers {@link Ec2Normalizers#all()}; the
 * public {@link Normalizers} registry, which refuses two normalizers for one type, shows what it registered.
 */
class NetworkNormalizersTest {
    private static final Map<String, Class<? extends ItemNormalizer>> EXPECTED = Map.of(
            "AWS::EC2::SecurityGroup", SecurityGroupNormalizer.class,
            "AWS::EC2::VPC", VpcNormalizer.class,
            "AWS::EC2::Subnet", SubnetNormalizer.class,
            "AWS::EC2::RouteTable", RouteTableNormalizer.class,
            "AWS::EC2::NatGateway", NatGatewayNormalizer.class,
            "AWS::EC2::NetworkAcl", NetworkAclNormalizer.class,
            "AWS::EC2::FlowLog", FlowLogNormalizer.class,
            "AWS::EC2::Instance", Ec2InstanceNormalizer.class,
            "AWS::EC2::LaunchTemplate", LaunchTemplateNormalizer.class,
            "AWS::EC2::Volume", EbsVolumeNormalizer.class);

    @Test
    void exactlyOneNormalizerPerNetworkType() {
        List<String> types = Ec2Normalizers.all().stream().map(ItemNormalizer::resourceType).sorted().toList();

        assertEquals(EXPECTED.keySet().stream().sorted().toList(), types);
    }

    @Test
    void theProjectRegistryServesEachNetworkTypeWithItsNormalizer() {
        Normalizers registry = new Normalizers();

        EXPECTED.forEach((type, cls) -> {
            assertTrue(registry.supportedTypes().contains(type), type);
            assertEquals(cls, registry.forType(type).orElseThrow().getClass(), type);
        });
    }
}
