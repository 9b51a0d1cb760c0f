package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.FlowLog;

/**
 * {@code AWS::EC2::FlowLog}. Config records the EC2 DescribeFlowLogs shape in camelCase
 * ({@code flowLogId}, {@code resourceId}, {@code trafficType}, {@code logDestinationType},
 * {@code logDestination}, {@code logGroupName}, {@code flowLogStatus}); the CloudFormation-registry
 * PascalCase spelling ({@code Id}, {@code ResourceId}, ...) reads the same through case-insensitive lookup.
 * Flow logs created before S3 delivery existed have only {@code logGroupName}: their destination is that
 * group and their type CloudWatch Logs.
 */
public final class FlowLogNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::EC2::FlowLog";
    }

    @Override
    public FlowLog normalize(ConfigItem item) throws ItemException {
        JsonNode conf = Ec2Items.configuration(item);
        String flowLogId = Ec2Items.id(item, conf, "flowLogId", "id");
        Ec2Items.Identity id = Ec2Items.identity(item, "vpc-flow-log", flowLogId, Ec2Items.tags(item, conf), null);
        String groupName = Json.text(conf, "logGroupName");
        String destinationType = Json.text(conf, "logDestinationType");
        if (destinationType == null && groupName != null) {
            destinationType = "cloud-watch-logs";
        }
        String destination = Json.text(conf, "logDestination");
        return new FlowLog(id.arn(), id.account(), id.region(), id.name(), id.tags(),
                flowLogId, Json.text(conf, "resourceId"), Json.text(conf, "trafficType"), destinationType,
                destination != null ? destination : groupName, Json.text(conf, "flowLogStatus"));
    }
}
