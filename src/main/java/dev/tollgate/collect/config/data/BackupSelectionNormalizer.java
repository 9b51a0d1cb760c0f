package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.BackupCondition;
import dev.tollgate.model.BackupSelection;
import dev.tollgate.model.Resource;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code AWS::Backup::BackupSelection}: the CloudFormation-registry shape ({@code BackupPlanId}, {@code SelectionId},
 * {@code BackupSelection.Resources / NotResources / IamRoleArn / ListOfTags[] / Conditions}). {@code ListOfTags}
 * entries ({@code ConditionType STRINGEQUALS}, {@code ConditionKey}, {@code ConditionValue}) select by tag (any of
 * them); {@code Conditions} ({@code StringEquals / StringNotEquals / StringLike / StringNotLike}, each a list of
 * {@code {ConditionKey, ConditionValue}} with keys like {@code aws:ResourceTag/Backup}) must all hold. Absent lists
 * are read as empty: the resource model omits empty properties.
 */
public final class BackupSelectionNormalizer implements ItemNormalizer {
    private static final String TAG_PREFIX = "aws:resourcetag/";

    @Override
    public String resourceType() {
        return "AWS::Backup::BackupSelection";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        JsonNode sel = Json.get(c, "BackupSelection");
        String planId = Json.text(c, "BackupPlanId");
        if (planId == null) {
            throw new ItemException("the backup selection names no BackupPlanId");
        }
        String selectionId = Json.text(c, "SelectionId");
        if (selectionId == null) {
            selectionId = item.resourceId();
        }
        String selectionName = Json.text(sel, "SelectionName");
        List<BackupCondition> listOfTags = new ArrayList<>();
        for (JsonNode t : Json.array(sel, "ListOfTags")) {
            String key = Json.text(t, "ConditionKey");
            if (key != null) {
                String type = Json.text(t, "ConditionType");
                listOfTags.add(new BackupCondition(type == null || "STRINGEQUALS".equalsIgnoreCase(type)
                        ? "StringEquals" : type, tagKey(key), valueOf(t)));
            }
        }
        List<BackupCondition> conditions = new ArrayList<>();
        JsonNode conds = Json.get(sel, "Conditions");
        if (conds.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = conds.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String op = operator(e.getKey());
                for (JsonNode t : Json.array(Items.holder(Json.decode(e.getValue())), "list")) {
                    String key = Json.text(t, "ConditionKey");
                    if (key != null && op != null) {
                        conditions.add(new BackupCondition(op, tagKey(key), valueOf(t)));
                    } else if (key != null) {
                        throw new ItemException("unknown backup selection condition operator " + e.getKey());
                    }
                }
            }
        }
        String name = tags.containsKey("Name") ? tags.get("Name")
                : selectionName != null ? selectionName : item.resourceName() != null ? item.resourceName() : selectionId;
        return new BackupSelection(Items.arn(item, null), Items.account(item), item.region(), name, tags,
                selectionId, planId, selectionName, Json.text(sel, "IamRoleArn"),
                Json.strings(sel, "Resources"), Json.strings(sel, "NotResources"), listOfTags, conditions);
    }

    private static String valueOf(JsonNode t) {
        String v = Json.text(t, "ConditionValue");
        return v == null ? "" : v;
    }

    /** {@code aws:ResourceTag/Backup} to {@code Backup}; plain ListOfTags keys unchanged. */
    private static String tagKey(String key) {
        return key.toLowerCase(Locale.ROOT).startsWith(TAG_PREFIX) ? key.substring(TAG_PREFIX.length()) : key;
    }

    private static String operator(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "stringequals" -> "StringEquals";
            case "stringnotequals" -> "StringNotEquals";
            case "stringlike" -> "StringLike";
            case "stringnotlike" -> "StringNotLike";
            default -> null;
        };
    }
}
