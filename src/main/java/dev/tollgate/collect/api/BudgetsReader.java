package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.AccountBudgets;
import dev.tollgate.model.FactTypes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.tollgate.collect.api.ApiFields.elements;
import static dev.tollgate.collect.api.ApiFields.object;
import static dev.tollgate.collect.api.ApiFields.requiredText;
import static dev.tollgate.collect.api.ApiFields.shorten;
import static dev.tollgate.collect.api.ApiFields.text;

/**
 * {@code aws budgets describe-budgets --account-id ID} output: {@code {"Budgets": [...]}}. The output names no
 * account: the one account-level fact is resolved against the account the other inputs name, or {@code --account}
 * (as for the password policy). An empty list is read as "the account has no budget".
 */
public final class BudgetsReader implements ApiOutputReader {
    @Override
    public boolean accepts(JsonNode root) {
        return root.isObject() && root.has("Budgets");
    }

    @Override
    public String command() {
        return "aws budgets describe-budgets";
    }

    @Override
    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        List<AccountBudgets.Budget> budgets = new ArrayList<>();
        List<JsonNode> items = elements(file, root, "Budgets");
        for (int i = 0; i < items.size(); i++) {
            JsonNode b = items.get(i);
            String where = "Budgets[" + i + "]";
            String name = requiredText(file, b, where, "BudgetName", "");
            JsonNode limit = object(file, b, where, "BudgetLimit");
            Double amount = limit == null ? null : amount(file, limit, where + ".BudgetLimit");
            String unit = limit == null ? null : text(file, limit, where + ".BudgetLimit", "Unit");
            budgets.add(new AccountBudgets.Budget(name, text(file, b, where, "BudgetType"),
                    text(file, b, where, "TimeUnit"), amount, unit));
        }
        out.accountless(file, AccountBudgets.TYPE, "api:" + file.getFileName(), account -> new AccountBudgets(
                rootArn(account), account, FactTypes.GLOBAL, "budgets of account " + account, Map.of(), budgets));
    }

    /** BudgetLimit.Amount: a decimal string in the API (a JSON number is accepted too). */
    private static Double amount(Path file, JsonNode limit, String where) throws InputException {
        JsonNode v = limit.get("Amount");
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            try {
                double d = Double.parseDouble(v.textValue().trim());
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InputException(file, where + ".Amount is " + shorten(v.toString()) + ", expected a decimal amount");
    }

    static String rootArn(String account) {
        return "arn:aws:iam::" + account + ":root";
    }
}
