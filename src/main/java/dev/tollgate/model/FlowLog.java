package dev.tollgate.model;

import java.util.Map;

/** A VPC/subnet/ENI flow log; {@code resourceId} is the VPC, subnet or ENI it watches. */
public record FlowLog(String arn, String account, String region, String name, Map<String, String> tags,
                      String flowLogId, String resourceId, String trafficType, String destinationType,
                      String destination, String status) implements Resource {
    public FlowLog {
        tags = Copy.map(tags);
    }

    @Override
    public String resourceType() {
        return "AWS::EC2::FlowLog";
    }
}
