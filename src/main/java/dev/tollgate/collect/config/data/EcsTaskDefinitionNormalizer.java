package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Container;
import dev.tollgate.model.EcsTaskDefinition;
import dev.tollgate.model.EnvVar;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SecretRef;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::ECS::TaskDefinition}: the CloudFormation-registry PascalCase shape. {@code Privileged} and
 * {@code ReadonlyRootFilesystem} left out of a recorded container definition take ECS's documented default
 * (false): the definition is complete, and the API omits the parameters that were never set. The task-level
 * {@code Cpu} and {@code Memory} are kept as recorded (strings such as "1024"; numbers are read as their text),
 * null when the definition sets none.
 */
public final class EcsTaskDefinitionNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::ECS::TaskDefinition";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String tdArn = Json.text(c, "TaskDefinitionArn");
        String arn = Items.arn(item, tdArn);
        Integer revision = Json.integer(c, "Revision");
        if (revision == null) {
            revision = revisionOf(tdArn != null ? tdArn : arn);
        }
        List<Container> containers = new ArrayList<>();
        for (JsonNode d : Json.array(c, "ContainerDefinitions")) {
            List<EnvVar> env = new ArrayList<>();
            for (JsonNode e : Json.array(d, "Environment")) {
                String n = Json.text(e, "Name");
                if (n != null) {
                    JsonNode v = Json.get(e, "Value");
                    env.add(new EnvVar(n, Json.present(v) ? v.asText() : null));
                }
            }
            List<SecretRef> secrets = new ArrayList<>();
            for (JsonNode s : Json.array(d, "Secrets")) {
                secrets.add(new SecretRef(Json.text(s, "Name"), Json.text(s, "ValueFrom")));
            }
            JsonNode log = Json.get(d, "LogConfiguration");
            containers.add(new Container(Json.text(d, "Name"), Json.text(d, "Image"),
                    Items.triOr(d, Tri.FALSE, "Privileged"), Items.triOr(d, Tri.FALSE, "ReadonlyRootFilesystem"),
                    Json.text(d, "User"), env, secrets, Json.text(log, "LogDriver"),
                    Json.text(Json.get(log, "Options"), "awslogs-group")));
        }
        return new EcsTaskDefinition(arn, Items.account(item), item.region(), Items.name(item, tags), tags,
                Json.text(c, "Family"), revision, Json.text(c, "TaskRoleArn"), Json.text(c, "ExecutionRoleArn"),
                Json.text(c, "NetworkMode"), Json.strings(c, "RequiresCompatibilities"), containers,
                Json.text(c, "Cpu"), Json.text(c, "Memory"));
    }

    /** The number after the last ':' of a task definition ARN (or {@code family:revision}), else null. */
    static Integer revisionOf(String arnOrId) {
        if (arnOrId == null) {
            return null;
        }
        int i = arnOrId.lastIndexOf(':');
        if (i < 0 || i == arnOrId.length() - 1) {
            return null;
        }
        try {
            return Integer.valueOf(arnOrId.substring(i + 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
