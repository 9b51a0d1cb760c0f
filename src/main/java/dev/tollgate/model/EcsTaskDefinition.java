package dev.tollgate.model;

import java.util.List;
import java.util.Map;

public record EcsTaskDefinition(String arn, String account, String region, String name, Map<String, String> tags,
                                String family, Integer revision, String taskRoleArn, String executionRoleArn,
                                String networkMode, List<String> compatibilities, List<Container> containers)
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
