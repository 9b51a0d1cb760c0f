package dev.tollgate.model;

import java.util.Map;

/**
 * An AWS Backup vault ({@code AWS::Backup::BackupVault}).
 *
 * @param encryptionKeyArn  EncryptionKeyArn; null when not recorded
 * @param locked            TRUE when a vault lock (LockConfiguration) is recorded, FALSE when the item records none,
 *                          UNKNOWN when the item does not say
 * @param lockMinRetentionDays LockConfiguration.MinRetentionDays; null when not set or not recorded
 * @param lockMaxRetentionDays LockConfiguration.MaxRetentionDays; null when not set or not recorded
 */
public record BackupVault(String arn, String account, String region, String name, Map<String, String> tags,
                          String vaultName, String encryptionKeyArn, Tri locked, Integer lockMinRetentionDays,
                          Integer lockMaxRetentionDays) implements Resource {
    public BackupVault {
        tags = Copy.map(tags);
        locked = Copy.tri(locked);
    }

    @Override
    public String resourceType() {
        return "AWS::Backup::BackupVault";
    }
}
