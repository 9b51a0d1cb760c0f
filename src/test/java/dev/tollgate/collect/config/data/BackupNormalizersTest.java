package dev.tollgate.collect.config.data;

import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.BackupCondition;
import dev.tollgate.model.BackupCopyAction;
import dev.tollgate.model.BackupPlan;
import dev.tollgate.model.BackupRule;
import dev.tollgate.model.BackupSelection;
import dev.tollgate.model.BackupVault;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AWS Backup plans, selections and vaults from the three Config item shapes (config-items/AWS__Backup__*.json). */
class BackupNormalizersTest {
    private static final String ACC = "123456789012";

    @Test
    void planDeliveryItem() throws ItemException {
        BackupPlan p = Fixtures.shared(new BackupPlanNormalizer(), "AWS__Backup__BackupPlan.json", 0);
        assertEquals("arn:aws:backup:us-east-1:" + ACC + ":backup-plan:8e6c3f1a-2b4d-4c5e-9f70-81a2b3c4d5e6", p.arn());
        assertEquals(ACC, p.account());
        assertEquals("us-east-1", p.region());
        assertEquals("8e6c3f1a-2b4d-4c5e-9f70-81a2b3c4d5e6", p.planId());
        assertEquals("taskflow-production-weekly", p.planName());
        assertEquals("taskflow-production-weekly", p.name());
        assertEquals(Tri.TRUE, p.rulesKnown());
        assertEquals(1, p.rules().size());
        BackupRule r = p.rules().get(0);
        assertEquals("weekly-sunday", r.ruleName());
        assertEquals("cron(0 5 ? * SUN *)", r.schedule());
        assertEquals("Etc/UTC", r.scheduleTimezone());
        assertEquals(90, r.deleteAfterDays());
        assertNull(r.coldAfterDays());
        assertEquals("taskflow-production", r.targetVault());
        assertEquals(Tri.FALSE, r.continuous());
        assertEquals(List.of(new BackupCopyAction("arn:aws:backup:us-west-2:" + ACC + ":backup-vault:taskflow-production-dr", 90, null)),
                r.copyActions());
        assertEquals("us-west-2", r.copyActions().get(0).destinationRegion());
    }

    @Test
    void planApiItemWithoutDeleteAfterDaysKeepsForever() throws ItemException {
        BackupPlan p = Fixtures.shared(new BackupPlanNormalizer(), "AWS__Backup__BackupPlan.json", 1);
        assertEquals("legacy-monthly", p.planName());
        assertEquals(Map.of(), p.tags());
        assertEquals(2, p.rules().size());
        BackupRule monthly = p.rules().get(0);
        assertEquals("cron(0 4 1 * ? *)", monthly.schedule());
        assertNull(monthly.deleteAfterDays(), "no DeleteAfterDays: recovery points never expire");
        assertEquals(30, monthly.coldAfterDays());
        assertEquals(Tri.UNKNOWN, monthly.continuous());
        assertEquals(List.of(), monthly.copyActions());
        BackupRule pitr = p.rules().get(1);
        assertEquals(Tri.TRUE, pitr.continuous());
        assertEquals(7, pitr.deleteAfterDays());
    }

    @Test
    void planAdvancedQueryItemWithoutPlanDocument() throws ItemException {
        BackupPlan p = Fixtures.shared(new BackupPlanNormalizer(), "AWS__Backup__BackupPlan.json", 2);
        assertEquals(Tri.UNKNOWN, p.rulesKnown(), "no BackupPlan document: the rules are not known, not absent");
        assertEquals(List.of(), p.rules());
        assertEquals(Map.of("Team", "data"), p.tags());
        assertEquals("document-missing", p.planName(), "the item's resourceName");
    }

    @Test
    void selectionWithResourcesNotResourcesAndListOfTags() throws ItemException {
        BackupSelection s = Fixtures.shared(new BackupSelectionNormalizer(), "AWS__Backup__BackupSelection.json", 0);
        assertEquals("8e6c3f1a-2b4d-4c5e-9f70-81a2b3c4d5e6", s.planId());
        assertEquals("a1b2c3d4-e5f6-4789-8abc-def012345678", s.selectionId());
        assertEquals("taskflow-databases", s.selectionName());
        assertEquals("taskflow-databases", s.name());
        assertEquals("arn:aws:iam::" + ACC + ":role/service-role/AWSBackupDefaultServiceRole", s.iamRoleArn());
        assertEquals(List.of("arn:aws:rds:*:*:db:taskflow-*"), s.resources());
        assertEquals(List.of("arn:aws:rds:us-east-1:" + ACC + ":db:taskflow-production-replica-1"), s.notResources());
        assertEquals(List.of(new BackupCondition("StringEquals", "Backup", "weekly")), s.tagConditions());
        assertEquals(List.of(), s.conditions());
        assertTrue(s.arn().contains("a1b2c3d4-e5f6-4789-8abc-def012345678"), "no recorded ARN: a synthetic one naming the id");
    }

    @Test
    void selectionApiItemWithConditions() throws ItemException {
        BackupSelection s = Fixtures.shared(new BackupSelectionNormalizer(), "AWS__Backup__BackupSelection.json", 1);
        assertEquals("1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5", s.planId());
        assertEquals(List.of("*"), s.resources());
        assertEquals(List.of(), s.notResources());
        assertEquals(List.of(), s.tagConditions());
        assertEquals(List.of(new BackupCondition("StringEquals", "Environment", "production"),
                new BackupCondition("StringNotLike", "Name", "*-scratch")), s.conditions(),
                "aws:ResourceTag/ prefix stripped; empty operator lists ignored");
    }

    @Test
    void selectionWithoutPlanIdCannotBeAssessed() {
        ItemException e = assertThrows(ItemException.class,
                () -> Fixtures.shared(new BackupSelectionNormalizer(), "AWS__Backup__BackupSelection.json", 2));
        assertTrue(e.getMessage().contains("BackupPlanId"), e.getMessage());
    }

    @Test
    void vaults() throws ItemException {
        BackupVault locked = Fixtures.shared(new BackupVaultNormalizer(), "AWS__Backup__BackupVault.json", 0);
        assertEquals("arn:aws:backup:us-east-1:" + ACC + ":backup-vault:taskflow-production", locked.arn());
        assertEquals("taskflow-production", locked.vaultName());
        assertEquals("arn:aws:kms:us-east-1:" + ACC + ":key/3f9c2a1e-6b7d-4e8f-9a0b-1c2d3e4f5a61", locked.encryptionKeyArn());
        assertEquals(Tri.TRUE, locked.locked());
        assertEquals(7, locked.lockMinRetentionDays());
        assertEquals(400, locked.lockMaxRetentionDays());
        BackupVault plain = Fixtures.shared(new BackupVaultNormalizer(), "AWS__Backup__BackupVault.json", 1);
        assertEquals("Default", plain.vaultName());
        assertEquals(Tri.UNKNOWN, plain.locked(), "no lock fields recorded: unknown, not unlocked");
        assertNull(plain.lockMinRetentionDays());
    }
}
