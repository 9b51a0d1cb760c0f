package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An AWS Backup selection ({@code AWS::Backup::BackupSelection}): which resources a backup plan backs up.
 * A resource is selected when it matches {@link #resources()} (ARNs, {@code *} wildcards) or any of
 * {@link #tagConditions()} (ListOfTags, OR), satisfies every one of {@link #conditions()} (AND), and matches none of
 * {@link #notResources()}.
 *
 * @param planId        the BackupPlanId the selection belongs to
 * @param iamRoleArn    the role AWS Backup assumes
 * @param tagConditions ListOfTags: a resource with any of these tags is selected
 * @param conditions    Conditions: every one must hold for a selected resource
 */
public record BackupSelection(String arn, String account, String region, String name, Map<String, String> tags,
                              String selectionId, String planId, String selectionName, String iamRoleArn,
                              List<String> resources, List<String> notResources,
                              List<BackupCondition> tagConditions, List<BackupCondition> conditions)
        implements Resource {
    public BackupSelection {
        tags = Copy.map(tags);
        resources = Copy.list(resources);
        notResources = Copy.list(notResources);
        tagConditions = Copy.list(tagConditions);
        conditions = Copy.list(conditions);
    }

    @Override
    public String resourceType() {
        return "AWS::Backup::BackupSelection";
    }
}
