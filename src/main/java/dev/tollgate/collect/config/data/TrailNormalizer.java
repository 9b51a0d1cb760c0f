package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;
import dev.tollgate.model.Trail;

import java.util.Map;

/**
 * {@code AWS::CloudTrail::Trail}: DescribeTrails in camelCase, or the CloudFormation shape
 * ({@code IsLogging}, {@code EnableLogFileValidation}, {@code KMSKeyId}). DescribeTrails does not carry
 * the logging status (GetTrailStatus does), so {@code logging} is UNKNOWN unless the item records it.
 */
public final class TrailNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::CloudTrail::Trail";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        Tri logging = Json.tri(c, "isLogging");
        if (!logging.known()) {
            JsonNode status = item.supplementary("TrailStatus");
            logging = Json.tri(status, "isLogging");
        }
        return new Trail(Items.arn(item, Json.text(c, "trailARN", "arn")), Items.account(item), item.region(),
                Items.name(item, tags), tags,
                Json.text(c, "homeRegion"), Json.tri(c, "isMultiRegionTrail"),
                Json.tri(c, "logFileValidationEnabled", "enableLogFileValidation"), Json.text(c, "kmsKeyId"),
                logging, Json.text(c, "s3BucketName"), Json.text(c, "cloudWatchLogsLogGroupArn"),
                Json.tri(c, "includeGlobalServiceEvents"), Json.tri(c, "isOrganizationTrail"));
    }
}
