package dev.tollgate.collect.config.network;

import dev.tollgate.collect.config.ItemNormalizer;

import java.util.List;

/** One normalizer per EC2/VPC resource type this package reads; registered through NetworkNormalizers. */
public final class Ec2Normalizers {
    private Ec2Normalizers() {
    }

    public static List<ItemNormalizer> all() {
        return List.of(
                new SecurityGroupNormalizer(),
                new VpcNormalizer(),
                new SubnetNormalizer(),
                new RouteTableNormalizer(),
                new NatGatewayNormalizer(),
                new NetworkAclNormalizer(),
                new FlowLogNormalizer(),
                new Ec2InstanceNormalizer(),
                new LaunchTemplateNormalizer(),
                new EbsVolumeNormalizer());
    }
}
