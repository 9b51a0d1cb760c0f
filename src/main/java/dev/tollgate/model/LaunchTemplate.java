package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * The latest (or default) version of a launch template, as recorded.
 *
 * @param userData decoded user-data text (never echoed in findings: evidence is redacted)
 */
public record LaunchTemplate(String arn, String account, String region, String name, Map<String, String> tags,
                             String launchTemplateId, String versionNumber, String imdsHttpTokens,
                             Tri associatePublicIp, List<BlockDevice> blockDevices, List<String> securityGroupIds,
                             String iamInstanceProfileArn, String userData) implements Resource {
    public LaunchTemplate {
        tags = Copy.map(tags);
        associatePublicIp = Copy.tri(associatePublicIp);
        blockDevices = Copy.list(blockDevices);
        securityGroupIds = Copy.list(securityGroupIds);
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::LaunchTemplate";
    }
}
