package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ScheduledAction;

import java.util.Map;

/**
 * {@code AWS::AutoScaling::ScheduledAction}: the camelCase DescribeScheduledActions shape
 * ({@code scheduledActionARN}, {@code recurrence}, {@code minSize}/{@code maxSize}/{@code desiredCapacity}) or the
 * PascalCase CloudFormation shape. A size the action leaves unchanged is null.
 */
public final class ScheduledActionNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::AutoScaling::ScheduledAction";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String actionName = Json.text(c, "scheduledActionName");
        if (actionName == null) {
            actionName = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        return new ScheduledAction(Items.arn(item, Json.text(c, "scheduledActionARN")), Items.account(item),
                item.region(), actionName, tags, actionName, Json.text(c, "autoScalingGroupName"),
                Json.text(c, "recurrence"), Json.text(c, "timeZone"), Json.integer(c, "minSize"),
                Json.integer(c, "maxSize"), Json.integer(c, "desiredCapacity"), Json.instant(c, "endTime"));
    }
}
