package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * The notifications of every budget of one account ({@code aws budgets describe-budget-notifications-for-account}),
 * as one account-level fact: a budget with no entry has no notification. The ARN is the account root's.
 */
public record AccountBudgetNotifications(String arn, String account, String region, String name,
                                         Map<String, String> tags, List<BudgetNotification> notifications)
        implements Resource {
    public static final String TYPE = "AWS::Budgets::BudgetNotification";

    public AccountBudgetNotifications {
        tags = Copy.map(tags);
        notifications = Copy.list(notifications);
    }

    /**
     * One notification of one budget.
     *
     * @param notificationType   ACTUAL or FORECASTED
     * @param comparisonOperator GREATER_THAN, LESS_THAN or EQUAL_TO
     * @param threshold          the threshold, a percentage of the limit or an absolute amount per thresholdType
     * @param thresholdType      PERCENTAGE (the API's default) or ABSOLUTE_VALUE
     */
    public record BudgetNotification(String budgetName, String notificationType, String comparisonOperator,
                                     Double threshold, String thresholdType) {
    }

    @Override
    public String resourceType() {
        return TYPE;
    }
}
