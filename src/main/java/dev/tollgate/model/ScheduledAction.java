package dev.tollgate.model;

import java.time.Instant;
import java.util.Map;

/**
 * An EC2 Auto Scaling scheduled action.
 *
 * @param recurrence cron expression of a recurring action ("0 22 * * *"); null for a one-time action
 * @param minSize    null when the action leaves it unchanged (likewise maxSize, desiredCapacity)
 */
public record ScheduledAction(String arn, String account, String region, String name, Map<String, String> tags,
                              String actionName, String groupName, String recurrence, String timeZone,
                              Integer minSize, Integer maxSize, Integer desiredCapacity, Instant endTime)
        implements Resource {
    public ScheduledAction {
        tags = Copy.map(tags);
    }

    @Override
    public String resourceType() {
        return "AWS::AutoScaling::ScheduledAction";
    }
}
