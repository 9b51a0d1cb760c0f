package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * The AWS Budgets of one account ({@code aws budgets describe-budgets}), as one account-level fact so that
 * "the account has no budget at all" is a fact too. The ARN is the account root's.
 */
public record AccountBudgets(String arn, String account, String region, String name, Map<String, String> tags,
                             List<Budget> budgets) implements Resource {
    public static final String TYPE = "AWS::Budgets::Budget";

    public AccountBudgets {
        tags = Copy.map(tags);
        budgets = Copy.list(budgets);
    }

    /**
     * One budget.
     *
     * @param budgetType  COST, USAGE, RI_UTILIZATION, ...
     * @param timeUnit    DAILY, MONTHLY, QUARTERLY, ANNUALLY, CUSTOM
     * @param limitAmount the budget limit; null when the budget has none (e.g. auto-adjusting or planned limits)
     */
    public record Budget(String budgetName, String budgetType, String timeUnit, Double limitAmount, String limitUnit) {
    }

    @Override
    public String resourceType() {
        return TYPE;
    }
}
