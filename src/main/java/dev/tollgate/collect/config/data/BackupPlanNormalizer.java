package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.BackupCopyAction;
import dev.tollgate.model.BackupPlan;
import dev.tollgate.model.BackupRule;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::Backup::BackupPlan}: the CloudFormation-registry shape Config records
 * ({@code BackupPlan.BackupPlanName}, {@code BackupPlan.BackupPlanRule[]} with {@code ScheduleExpression},
 * {@code Lifecycle.DeleteAfterDays}, {@code TargetBackupVault}, {@code CopyActions[].DestinationBackupVaultArn}),
 * also the GetBackupPlan API shape ({@code BackupPlan.Rules[]}, {@code TargetBackupVaultName}). A rule without a
 * {@code Lifecycle.DeleteAfterDays} keeps its recovery points forever (null). A plan item without the plan document
 * has no known rules ({@code rulesKnown} UNKNOWN).
 */
public final class BackupPlanNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::Backup::BackupPlan";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        JsonNode plan = Json.get(c, "BackupPlan");
        String planId = Json.text(c, "BackupPlanId");
        if (planId == null) {
            planId = item.resourceId();
        }
        String planName = Json.text(plan, "BackupPlanName");
        if (planName == null) {
            planName = item.resourceName();
        }
        Tri known = Json.present(plan) && plan.isObject() ? Tri.TRUE : Tri.UNKNOWN;
        List<BackupRule> rules = new ArrayList<>();
        for (JsonNode r : Json.array(plan, "BackupPlanRule", "Rules")) {
            rules.add(rule(r));
        }
        String arn = Items.arn(item, Json.text(c, "BackupPlanArn"));
        return new BackupPlan(arn, Items.account(item), item.region(),
                tags.containsKey("Name") ? tags.get("Name") : planName != null ? planName : planId, tags,
                planId, planName, Json.text(c, "VersionId"), rules, known);
    }

    private static BackupRule rule(JsonNode r) {
        JsonNode life = Json.get(r, "Lifecycle");
        List<BackupCopyAction> copies = new ArrayList<>();
        for (JsonNode a : Json.array(r, "CopyActions")) {
            JsonNode cl = Json.get(a, "Lifecycle");
            copies.add(new BackupCopyAction(Json.text(a, "DestinationBackupVaultArn"),
                    Json.integer(cl, "DeleteAfterDays"), Json.integer(cl, "MoveToColdStorageAfterDays")));
        }
        return new BackupRule(Json.text(r, "RuleName"), Json.text(r, "ScheduleExpression"),
                Json.text(r, "ScheduleExpressionTimezone"), Json.integer(life, "DeleteAfterDays"),
                Json.integer(life, "MoveToColdStorageAfterDays"),
                Json.text(r, "TargetBackupVault", "TargetBackupVaultName"),
                Json.tri(r, "EnableContinuousBackup"), copies);
    }
}
