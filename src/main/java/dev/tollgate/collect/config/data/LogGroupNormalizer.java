package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.LogGroup;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;

import java.util.Map;

/**
 * {@code AWS::Logs::LogGroup}: PascalCase ({@code LogGroupName}, {@code RetentionInDays}, {@code KmsKeyId}) or
 * camelCase. No retention in a recorded configuration means the group never expires: retentionDays null,
 * retentionKnown TRUE.
 */
public final class LogGroupNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::Logs::LogGroup";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String groupName = Json.text(c, "logGroupName");
        if (groupName == null) {
            groupName = item.displayName();
        }
        String fallbackArn = Json.text(c, "arn");
        if (fallbackArn != null && fallbackArn.endsWith(":*")) {
            fallbackArn = fallbackArn.substring(0, fallbackArn.length() - 2);
        }
        return new LogGroup(Items.arn(item, fallbackArn), Items.account(item), item.region(),
                tags.getOrDefault("Name", groupName), tags,
                Json.integer(c, "retentionInDays"), Tri.TRUE, Json.text(c, "kmsKeyId"));
    }
}
