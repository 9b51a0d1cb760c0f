package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.AutoScalingGroup;
import dev.tollgate.model.Resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::AutoScaling::AutoScalingGroup}: the camelCase DescribeAutoScalingGroups shape
 * ({@code autoScalingGroupARN}, {@code vpczoneIdentifier} as a comma-separated string, {@code targetGroupARNs},
 * {@code launchTemplate} or {@code mixedInstancesPolicy.launchTemplate.launchTemplateSpecification}) or the PascalCase
 * CloudFormation shape ({@code VPCZoneIdentifier} as a list, sizes as strings). The fact's name is the group name
 * (a Name tag on a group is usually the one propagated to its instances).
 */
public final class AutoScalingGroupNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::AutoScaling::AutoScalingGroup";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String groupName = Json.text(c, "autoScalingGroupName");
        if (groupName == null) {
            groupName = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        JsonNode lt = Json.get(c, "launchTemplate");
        if (!Json.present(lt)) {
            lt = Json.path(c, "mixedInstancesPolicy", "launchTemplate", "launchTemplateSpecification");
        }
        List<String> subnets = new ArrayList<>();
        for (String s : Json.strings(c, "vpczoneIdentifier", "vpcZoneIdentifier")) {
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    subnets.add(part.trim());
                }
            }
        }
        return new AutoScalingGroup(Items.arn(item, Json.text(c, "autoScalingGroupARN")), Items.account(item),
                item.region(), groupName,
                tags, groupName, Json.integer(c, "minSize"), Json.integer(c, "maxSize"),
                Json.integer(c, "desiredCapacity"), Json.strings(c, "availabilityZones"), subnets,
                Json.text(c, "healthCheckType"), Json.integer(c, "healthCheckGracePeriod"),
                Json.strings(c, "targetGroupARNs"), Json.strings(c, "loadBalancerNames"),
                Json.text(lt, "launchTemplateId"), Json.text(lt, "launchTemplateName"), Json.text(lt, "version"),
                Json.integer(c, "defaultCooldown", "cooldown"));
    }
}
