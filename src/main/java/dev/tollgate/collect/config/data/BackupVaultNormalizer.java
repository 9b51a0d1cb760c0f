package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.BackupVault;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;

import java.util.Map;

/**
 * {@code AWS::Backup::BackupVault}: {@code BackupVaultName}, {@code BackupVaultArn}, {@code EncryptionKeyArn}, and
 * the vault lock when recorded: the CloudFormation {@code LockConfiguration {MinRetentionDays, MaxRetentionDays}} or
 * the DescribeBackupVault fields {@code Locked}, {@code MinRetentionDays}, {@code MaxRetentionDays}. The resource
 * schema lists no lock fields, so a vault item without them has an UNKNOWN lock state.
 */
public final class BackupVaultNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::Backup::BackupVault";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String vaultName = Json.text(c, "BackupVaultName");
        if (vaultName == null) {
            vaultName = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        JsonNode lock = Json.get(c, "LockConfiguration");
        Tri locked;
        Integer min;
        Integer max;
        if (lock.isObject()) {
            locked = Tri.TRUE;
            min = Json.integer(lock, "MinRetentionDays");
            max = Json.integer(lock, "MaxRetentionDays");
        } else {
            locked = Json.tri(c, "Locked");
            min = Json.integer(c, "MinRetentionDays");
            max = Json.integer(c, "MaxRetentionDays");
        }
        return new BackupVault(Items.arn(item, Json.text(c, "BackupVaultArn")), Items.account(item), item.region(),
                tags.containsKey("Name") ? tags.get("Name") : vaultName, tags, vaultName,
                Json.text(c, "EncryptionKeyArn"), locked, min, max);
    }
}
