package dev.tollgate.model;

/** An EBS block device mapping of a launch template. */
public record BlockDevice(String deviceName, Tri encrypted, String kmsKeyId) {
    public BlockDevice {
        encrypted = Copy.tri(encrypted);
    }
}
