package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.EcsService;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code AWS::ECS::Service}: the CloudFormation-registry PascalCase shape. {@code AssignPublicIp} ENABLED/DISABLED;
 * an awsvpc configuration without it takes ECS's default (DISABLED); no awsvpc configuration: UNKNOWN. A service
 * on capacity providers has no {@code LaunchType} (null) and names its providers in {@code CapacityProviderStrategy}.
 * {@code DeploymentController.Type} (ECS, CODE_DEPLOY, EXTERNAL) is kept as recorded; absent: null (not guessed).
 */
public final class EcsServiceNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::ECS::Service";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        JsonNode vpc = Json.path(c, "NetworkConfiguration", "AwsvpcConfiguration");
        Tri publicIp = Tri.UNKNOWN;
        if (Json.present(vpc)) {
            String v = Json.text(vpc, "AssignPublicIp");
            publicIp = v == null ? Tri.FALSE : switch (v.toUpperCase(Locale.ROOT)) {
                case "ENABLED" -> Tri.TRUE;
                case "DISABLED" -> Tri.FALSE;
                default -> Tri.UNKNOWN;
            };
        }
        String serviceName = Json.text(c, "ServiceName", "Name");
        if (serviceName == null) {
            serviceName = item.displayName();
        }
        return new EcsService(Items.arn(item, Json.text(c, "ServiceArn")), Items.account(item), item.region(),
                tags.getOrDefault("Name", serviceName), tags,
                Json.text(c, "Cluster", "ClusterArn"), serviceName, Json.integer(c, "DesiredCount"),
                Json.text(c, "LaunchType"), Json.text(c, "TaskDefinition"), publicIp,
                Json.strings(vpc, "Subnets"), Json.strings(vpc, "SecurityGroups"), capacityProviders(c),
                deploymentController(c), targetGroups(c));
    }

    /** DeploymentController.Type upper-cased (ECS, CODE_DEPLOY, EXTERNAL); null when not recorded. */
    static String deploymentController(JsonNode c) {
        String type = Json.text(Json.path(c, "DeploymentController"), "Type");
        return type == null || type.isBlank() ? null : type.trim().toUpperCase(Locale.ROOT);
    }

    /** The TargetGroupArn of each LoadBalancers entry, in order, without duplicates (classic ELB entries name none). */
    static List<String> targetGroups(JsonNode c) {
        List<String> out = new ArrayList<>();
        for (JsonNode lb : Json.array(c, "LoadBalancers")) {
            String tg = Json.text(lb, "TargetGroupArn");
            if (tg != null && !out.contains(tg)) {
                out.add(tg);
            }
        }
        return out;
    }

    /** The provider names of the service's CapacityProviderStrategy, in order; empty when it has none. */
    static List<String> capacityProviders(JsonNode c) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : Json.array(c, "CapacityProviderStrategy")) {
            String provider = Json.text(item, "CapacityProvider");
            if (provider != null && !out.contains(provider)) {
                out.add(provider);
            }
        }
        return out;
    }
}
