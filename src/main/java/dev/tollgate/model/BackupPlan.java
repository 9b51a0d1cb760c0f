package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An AWS Backup plan ({@code AWS::Backup::BackupPlan}).
 *
 * @param planId    the plan id, which selections name ({@link BackupSelection#planId()})
 * @param planName  the plan's name
 * @param rules     the plan's rules (schedules); empty when the plan has none or they were not recorded
 * @param rulesKnown TRUE when the item recorded the plan document (its rule list), UNKNOWN otherwise
 */
public record BackupPlan(String arn, String account, String region, String name, Map<String, String> tags,
                         String planId, String planName, String versionId, List<BackupRule> rules,
                         Tri rulesKnown) implements Resource {
    public BackupPlan {
        tags = Copy.map(tags);
        rules = Copy.list(rules);
        rulesKnown = Copy.tri(rulesKnown);
    }

    @Override
    public String resourceType() {
        return "AWS::Backup::BackupPlan";
    }
}
