package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.LoadBalancer;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code AWS::ElasticLoadBalancingV2::LoadBalancer}: DescribeLoadBalancers in camelCase ({@code dNSName});
 * attributes in {@code supplementaryConfiguration.LoadBalancerAttributes} as a list of {key, value}.
 * An attribute that is not listed (or no attribute list at all) is UNKNOWN.
 */
public final class LoadBalancerNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::ElasticLoadBalancingV2::LoadBalancer";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        JsonNode attrList = item.supplementary("LoadBalancerAttributes");
        if (!Json.present(attrList)) {
            attrList = Json.get(c, "loadBalancerAttributes");
        }
        Map<String, String> attrs = new HashMap<>();
        if (Json.present(attrList) && attrList.isArray()) {
            for (JsonNode a : attrList) {
                JsonNode d = Json.decode(a);
                String k = Json.text(d, "key");
                if (k != null) {
                    attrs.put(k, Json.text(d, "value"));
                }
            }
        }
        List<String> sgs = Json.strings(c, "securityGroups");
        return new LoadBalancer(
                Items.arn(item, Json.text(c, "loadBalancerArn")), Items.account(item), item.region(),
                Items.name(item, tags), tags,
                Json.text(c, "type"), Json.text(c, "scheme"), Json.text(c, "dNSName"), Json.text(c, "vpcId"),
                Items.pluck(c, "subnetId", "availabilityZones"), Items.pluck(c, "zoneName", "availabilityZones"), sgs,
                attr(attrs, "access_logs.s3.enabled"), attr(attrs, "deletion_protection.enabled"),
                attr(attrs, "routing.http.drop_invalid_header_fields.enabled"));
    }

    private static Tri attr(Map<String, String> attrs, String key) {
        String v = attrs.get(key);
        if (v == null) {
            return Tri.UNKNOWN;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Tri.TRUE;
            case "false" -> Tri.FALSE;
            default -> Tri.UNKNOWN;
        };
    }
}
