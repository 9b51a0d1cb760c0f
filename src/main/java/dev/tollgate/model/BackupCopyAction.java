package dev.tollgate.model;

/**
 * A copy action of a backup rule: each recovery point is copied to another vault (possibly in another region or
 * account).
 *
 * @param destinationVaultArn DestinationBackupVaultArn
 * @param deleteAfterDays     the copy's Lifecycle.DeleteAfterDays; null when the copy never expires
 * @param coldAfterDays       the copy's Lifecycle.MoveToColdStorageAfterDays; null when not set
 */
public record BackupCopyAction(String destinationVaultArn, Integer deleteAfterDays, Integer coldAfterDays) {

    /** The region of the destination vault (fourth ARN field), or null when the ARN does not say. */
    public String destinationRegion() {
        if (destinationVaultArn == null) {
            return null;
        }
        String[] p = destinationVaultArn.split(":", 6);
        return p.length > 3 && !p[3].isEmpty() ? p[3] : null;
    }
}
