package dev.tollgate.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * @param imdsHttpTokens {@code required} (IMDSv2 only), {@code optional}, or null when unknown
 */
public record Ec2Instance(String arn, String account, String region, String name, Map<String, String> tags,
                          String instanceId, String state, String instanceType, String imageId,
                          String vpcId, String subnetId, String publicIp, List<String> securityGroupIds,
                          String iamInstanceProfileArn, String imdsHttpTokens, String imdsEndpoint,
                          Instant launchTime) implements Resource {
    public Ec2Instance {
        tags = Copy.map(tags);
        securityGroupIds = Copy.list(securityGroupIds);
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::Instance";
    }
}
