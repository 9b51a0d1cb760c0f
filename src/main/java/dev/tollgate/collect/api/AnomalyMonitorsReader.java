package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.AccountAnomalyMonitors;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.FactTypes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.tollgate.collect.api.ApiFields.elements;
import static dev.tollgate.collect.api.ApiFields.requiredText;
import static dev.tollgate.collect.api.ApiFields.text;

/**
 * {@code aws ce get-anomaly-monitors} output: {@code {"AnomalyMonitors": [...]}}. One account-level fact per account
 * the MonitorArns name; an empty list names no account and is resolved like the password policy (the other inputs'
 * account, or {@code --account}): "the account has no monitor".
 */
public final class AnomalyMonitorsReader implements ApiOutputReader {
    @Override
    public boolean accepts(JsonNode root) {
        return root.isObject() && root.has("AnomalyMonitors");
    }

    @Override
    public String command() {
        return "aws ce get-anomaly-monitors";
    }

    @Override
    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        String source = "api:" + file.getFileName();
        Map<String, List<AccountAnomalyMonitors.Monitor>> byAccount = new TreeMap<>();
        List<JsonNode> items = elements(file, root, "AnomalyMonitors");
        for (int i = 0; i < items.size(); i++) {
            JsonNode m = items.get(i);
            String where = "AnomalyMonitors[" + i + "]";
            String arn = requiredText(file, m, where, "MonitorArn", "");
            String account = CostAnomalyOutput.account(file, where + ".MonitorArn", arn, "anomalymonitor");
            byAccount.computeIfAbsent(account, a -> new ArrayList<>()).add(new AccountAnomalyMonitors.Monitor(arn,
                    text(file, m, where, "MonitorName"), text(file, m, where, "MonitorType"),
                    text(file, m, where, "MonitorDimension")));
        }
        if (byAccount.isEmpty()) {
            out.accountless(file, AccountAnomalyMonitors.TYPE, source, account -> fact(account, List.of()));
            return;
        }
        for (Map.Entry<String, List<AccountAnomalyMonitors.Monitor>> e : byAccount.entrySet()) {
            out.resource(fact(e.getKey(), e.getValue()), null);
            out.coverage(Coverage.collected(e.getKey(), FactTypes.GLOBAL, AccountAnomalyMonitors.TYPE, source));
        }
    }

    private static AccountAnomalyMonitors fact(String account, List<AccountAnomalyMonitors.Monitor> monitors) {
        return new AccountAnomalyMonitors(BudgetsReader.rootArn(account), account, FactTypes.GLOBAL,
                "cost anomaly monitors of account " + account, Map.of(), monitors);
    }
}
