package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.AccountBudgetNotifications;
import dev.tollgate.model.FactTypes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.tollgate.collect.api.ApiFields.array;
import static dev.tollgate.collect.api.ApiFields.elements;
import static dev.tollgate.collect.api.ApiFields.number;
import static dev.tollgate.collect.api.ApiFields.requiredText;
import static dev.tollgate.collect.api.ApiFields.text;

/**
 * {@code aws budgets describe-budget-notifications-for-account --account-id ID} output:
 * {@code {"BudgetNotificationsForAccount": [{"BudgetName", "Notifications": [...]}]}}. The output names no account:
 * the account-level fact is resolved like {@link BudgetsReader}'s. A budget without an entry has no notification.
 * A missing ThresholdType is PERCENTAGE, the API's default.
 */
public final class BudgetNotificationsReader implements ApiOutputReader {
    @Override
    public boolean accepts(JsonNode root) {
        return root.isObject() && root.has("BudgetNotificationsForAccount");
    }

    @Override
    public String command() {
        return "aws budgets describe-budget-notifications-for-account";
    }

    @Override
    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        List<AccountBudgetNotifications.BudgetNotification> all = new ArrayList<>();
        List<JsonNode> items = elements(file, root, "BudgetNotificationsForAccount");
        for (int i = 0; i < items.size(); i++) {
            JsonNode b = items.get(i);
            String where = "BudgetNotificationsForAccount[" + i + "]";
            String budget = requiredText(file, b, where, "BudgetName", "");
            List<JsonNode> notifications = array(file, b, where, "Notifications");
            for (int j = 0; j < notifications.size(); j++) {
                JsonNode n = notifications.get(j);
                String nw = where + ".Notifications[" + j + "]";
                if (!n.isObject()) {
                    throw new InputException(file, nw + " must be an object");
                }
                String type = text(file, n, nw, "ThresholdType");
                all.add(new AccountBudgetNotifications.BudgetNotification(budget, text(file, n, nw, "NotificationType"),
                        text(file, n, nw, "ComparisonOperator"), number(file, n, nw, "Threshold"),
                        type != null ? type : "PERCENTAGE"));
            }
        }
        out.accountless(file, AccountBudgetNotifications.TYPE, "api:" + file.getFileName(),
                account -> new AccountBudgetNotifications(BudgetsReader.rootArn(account), account, FactTypes.GLOBAL,
                        "budget notifications of account " + account, Map.of(), all));
    }
}
