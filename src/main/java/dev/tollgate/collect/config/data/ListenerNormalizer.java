package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Listener;
import dev.tollgate.model.ListenerAction;
import dev.tollgate.model.Resource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::ElasticLoadBalancingV2::Listener}: Config records the CloudFormation-registry shape
 * ({@code ListenerArn}, {@code Port}, {@code Protocol}, {@code SslPolicy}, {@code Certificates[]},
 * {@code DefaultActions[]}); the camelCase describe shape reads the same. Actions are ordered by {@code Order}.
 * Gateway Load Balancer listeners have no port or protocol: port 0, protocol null.
 */
public final class ListenerNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::ElasticLoadBalancingV2::Listener";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        Integer port = Json.integer(c, "Port");
        List<JsonNode> raw = new ArrayList<>(Json.array(c, "DefaultActions"));
        raw.sort(Comparator.comparingInt(a -> {
            Integer o = Json.integer(a, "Order");
            return o == null ? Integer.MAX_VALUE : o;
        }));
        List<ListenerAction> actions = new ArrayList<>();
        for (JsonNode a : raw) {
            JsonNode redirect = Json.get(a, "RedirectConfig");
            String tg = Json.text(a, "TargetGroupArn");
            if (tg == null) {
                List<String> tgs = Items.pluck(Json.get(a, "ForwardConfig"), "TargetGroupArn", "TargetGroups");
                tg = tgs.isEmpty() ? null : tgs.get(0);
            }
            actions.add(new ListenerAction(Json.text(a, "Type"), Json.text(redirect, "Protocol"),
                    Json.text(redirect, "Port"), tg));
        }
        return new Listener(
                Items.arn(item, Json.text(c, "ListenerArn")), Items.account(item), item.region(),
                Items.name(item, tags), tags,
                Json.text(c, "LoadBalancerArn"), port == null ? 0 : port, Json.text(c, "Protocol"),
                Json.text(c, "SslPolicy"), Items.pluck(c, "CertificateArn", "Certificates"), actions);
    }
}
