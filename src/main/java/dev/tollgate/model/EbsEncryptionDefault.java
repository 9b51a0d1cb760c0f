package dev.tollgate.model;

import java.util.Map;

/** The account/region setting "EBS encryption by default" (live collection; not in Config snapshots). */
public record EbsEncryptionDefault(String arn, String account, String region, String name, Map<String, String> tags,
                                   Tri enabled, String kmsKeyId) implements Resource {
    public EbsEncryptionDefault {
        tags = Copy.map(tags);
        enabled = Copy.tri(enabled);
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::EBSEncryptionByDefault";
    }
}
