package dev.tollgate.collect.config;

import dev.tollgate.collect.config.iam.IamItemNormalizer;

import java.util.List;

/** Normalizers for IAM items recorded by Config (users, groups, roles, managed policies). */
final class IamNormalizers {
    private IamNormalizers() {
    }

    static List<ItemNormalizer> all() {
        return IamItemNormalizer.all();
    }
}
