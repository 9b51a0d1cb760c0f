package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ScalingPolicy;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::AutoScaling::ScalingPolicy}: the camelCase DescribePolicies shape ({@code policyARN},
 * {@code stepAdjustments[].scalingAdjustment}, {@code alarms[].alarmARN}) or the PascalCase CloudFormation shape.
 * {@code enabled} absent means enabled (the API default).
 */
public final class ScalingPolicyNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::AutoScaling::ScalingPolicy";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String policyName = Json.text(c, "policyName");
        if (policyName == null) {
            policyName = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        List<Integer> steps = new ArrayList<>();
        for (JsonNode s : Json.array(c, "stepAdjustments")) {
            Integer a = Json.integer(s, "scalingAdjustment");
            if (a != null) {
                steps.add(a);
            }
        }
        List<String> alarms = Items.pluck(c, "alarmARN", "alarms");
        return new ScalingPolicy(Items.arn(item, Json.text(c, "policyARN")), Items.account(item), item.region(),
                policyName, tags, policyName, Json.text(c, "autoScalingGroupName"), Json.text(c, "policyType"),
                Json.text(c, "adjustmentType"), Json.integer(c, "scalingAdjustment"), steps,
                Json.integer(c, "cooldown"), Json.integer(c, "estimatedInstanceWarmup"),
                Items.triOr(c, Tri.TRUE, "enabled"), alarms);
    }
}
