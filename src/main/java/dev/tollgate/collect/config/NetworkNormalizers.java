package dev.tollgate.collect.config;

import dev.tollgate.collect.config.network.Ec2Normalizers;

import java.util.List;

/** Normalizers for VPC networking and compute: security groups, VPCs, subnets, instances, volumes... */
final class NetworkNormalizers {
    private NetworkNormalizers() {
    }

    static List<ItemNormalizer> all() {
        return Ec2Normalizers.all();
    }
}
