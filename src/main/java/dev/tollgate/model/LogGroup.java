package dev.tollgate.model;

import java.util.Map;

/** @param retentionDays null means "never expire" (retentionKnown tells whether that was recorded) */
public record LogGroup(String arn, String account, String region, String name, Map<String, String> tags,
                       Integer retentionDays, Tri retentionKnown, String kmsKeyId) implements Resource {
    public LogGroup {
        tags = Copy.map(tags);
        retentionKnown = Copy.tri(retentionKnown);
    }

    @Override
    public String resourceType() {
        return "AWS::Logs::LogGroup";
    }
}
