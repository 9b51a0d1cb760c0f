package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An ECS task definition revision. {@code cpu} and {@code memory} are the task-level size as recorded
 * ("1024" CPU units, "2048" MiB; the API also accepts "1 vCPU" / "2 GB" on registration); null when the
 * definition sets none (EC2 task definitions may size only their containers).
 */
public record EcsTaskDefinition(String arn, String account, String region, String name, Map<String, String> tags,
                                String family, Integer revision, String taskRoleArn, String executionRoleArn,
                                String networkMode, List<String> compatibilities, List<Container> containers,
                                String cpu, String memory)
        implements Resource {
    public EcsTaskDefinition {
        tags = Copy.map(tags);
        compatibilities = Copy.list(compatibilities);
        containers = Copy.list(containers);
    }

    @Override
    public String resourceType() {
        return "AWS::ECS::TaskDefinition";
    }
}
