package dev.tollgate.collect.api;

import java.util.List;

/** The readers of AWS CLI (API) JSON outputs, tried in this order. One line per supported command. */
public final class ApiOutputReaders {
    private ApiOutputReaders() {
    }

    public static List<ApiOutputReader> all() {
        return List.of(
                new Route53RecordSetsReader(),
                new TargetGroupsReader(),
                new CloudControlTargetGroupsReader(),
                new BudgetsReader(),
                new BudgetNotificationsReader(),
                new AnomalyMonitorsReader(),
                new AnomalySubscriptionsReader(),
                new ApplicationAutoScalingTargetsReader(),
                new ApplicationAutoScalingPoliciesReader()
        );
    }
}
