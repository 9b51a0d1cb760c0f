package dev.tollgate.model;

import java.util.List;
import java.util.Map;

public record EbsVolume(String arn, String account, String region, String name, Map<String, String> tags,
                        String volumeId, Tri encrypted, String kmsKeyId, String state, String volumeType,
                        int sizeGiB, List<String> attachedInstanceIds) implements Resource {
    public EbsVolume {
        tags = Copy.map(tags);
        encrypted = Copy.tri(encrypted);
        attachedInstanceIds = Copy.list(attachedInstanceIds);
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::Volume";
    }
}
