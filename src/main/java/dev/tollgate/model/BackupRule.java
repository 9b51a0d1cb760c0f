package dev.tollgate.model;

import java.util.List;

/**
 * One rule of an AWS Backup plan.
 *
 * @param schedule           the ScheduleExpression, e.g. {@code cron(0 5 ? * SUN *)}; null when none (on demand)
 * @param scheduleTimezone   ScheduleExpressionTimezone; null means UTC
 * @param deleteAfterDays    Lifecycle.DeleteAfterDays; null when the recovery points never expire
 * @param coldAfterDays      Lifecycle.MoveToColdStorageAfterDays; null when never moved to cold storage
 * @param targetVault        TargetBackupVault (a vault name)
 * @param continuous         EnableContinuousBackup (point-in-time restore)
 * @param copyActions        copies made after each backup
 */
public record BackupRule(String ruleName, String schedule, String scheduleTimezone, Integer deleteAfterDays,
                         Integer coldAfterDays, String targetVault, Tri continuous, List<BackupCopyAction> copyActions) {
    public BackupRule {
        continuous = Copy.tri(continuous);
        copyActions = Copy.list(copyActions);
    }
}
