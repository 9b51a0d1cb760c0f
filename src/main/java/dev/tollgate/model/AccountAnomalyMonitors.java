package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * The Cost Anomaly Detection monitors of one account ({@code aws ce get-anomaly-monitors}), as one account-level
 * fact so that "no monitor" is a fact too. The ARN is the account root's.
 */
public record AccountAnomalyMonitors(String arn, String account, String region, String name,
                                     Map<String, String> tags, List<Monitor> monitors) implements Resource {
    public static final String TYPE = "AWS::CE::AnomalyMonitor";

    public AccountAnomalyMonitors {
        tags = Copy.map(tags);
        monitors = Copy.list(monitors);
    }

    /**
     * @param monitorType      DIMENSIONAL or CUSTOM
     * @param monitorDimension SERVICE, LINKED_ACCOUNT, TAG, COST_CATEGORY (dimensional monitors); null otherwise
     */
    public record Monitor(String monitorArn, String monitorName, String monitorType, String monitorDimension) {
    }

    @Override
    public String resourceType() {
        return TYPE;
    }
}
