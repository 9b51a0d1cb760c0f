package dev.tollgate.model;

import java.util.Map;

public record Trail(String arn, String account, String region, String name, Map<String, String> tags,
                    String homeRegion, Tri multiRegion, Tri logFileValidation, String kmsKeyId, Tri logging,
                    String s3BucketName, String cloudWatchLogGroupArn, Tri includeGlobalEvents,
                    Tri organizationTrail) implements Resource {
    public Trail {
        tags = Copy.map(tags);
        multiRegion = Copy.tri(multiRegion);
        logFileValidation = Copy.tri(logFileValidation);
        logging = Copy.tri(logging);
        includeGlobalEvents = Copy.tri(includeGlobalEvents);
        organizationTrail = Copy.tri(organizationTrail);
    }

    @Override
    public String resourceType() {
        return "AWS::CloudTrail::Trail";
    }
}
