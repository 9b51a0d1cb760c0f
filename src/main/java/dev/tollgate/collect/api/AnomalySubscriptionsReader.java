package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.AccountAnomalySubscriptions;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.FactTypes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.tollgate.collect.api.ApiFields.array;
import static dev.tollgate.collect.api.ApiFields.elements;
import static dev.tollgate.collect.api.ApiFields.number;
import static dev.tollgate.collect.api.ApiFields.requiredText;
import static dev.tollgate.collect.api.ApiFields.shorten;
import static dev.tollgate.collect.api.ApiFields.text;

/**
 * {@code aws ce get-anomaly-subscriptions} output: {@code {"AnomalySubscriptions": [...]}}. The account is the
 * subscription's AccountId (else its SubscriptionArn's); an empty list is resolved like {@link AnomalyMonitorsReader}'s.
 * Subscriber addresses are not kept.
 */
public final class AnomalySubscriptionsReader implements ApiOutputReader {
    @Override
    public boolean accepts(JsonNode root) {
        return root.isObject() && root.has("AnomalySubscriptions");
    }

    @Override
    public String command() {
        return "aws ce get-anomaly-subscriptions";
    }

    @Override
    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        String source = "api:" + file.getFileName();
        Map<String, List<AccountAnomalySubscriptions.Subscription>> byAccount = new TreeMap<>();
        List<JsonNode> items = elements(file, root, "AnomalySubscriptions");
        for (int i = 0; i < items.size(); i++) {
            JsonNode s = items.get(i);
            String where = "AnomalySubscriptions[" + i + "]";
            String arn = requiredText(file, s, where, "SubscriptionArn", "");
            String account = CostAnomalyOutput.account(file, where + ".SubscriptionArn", arn, "anomalysubscription");
            String stated = text(file, s, where, "AccountId");
            if (stated != null && !stated.equals(account)) {
                throw new InputException(file, where + ".AccountId \"" + shorten(stated)
                        + "\" differs from the account of its SubscriptionArn (" + account + ")");
            }
            List<String> monitors = new ArrayList<>();
            for (JsonNode m : array(file, s, where, "MonitorArnList")) {
                if (!m.isTextual()) {
                    throw new InputException(file, where + ".MonitorArnList holds " + shorten(m.toString())
                            + ", expected ARN strings");
                }
                monitors.add(m.textValue());
            }
            List<AccountAnomalySubscriptions.Subscriber> subscribers = new ArrayList<>();
            List<JsonNode> subs = array(file, s, where, "Subscribers");
            for (int j = 0; j < subs.size(); j++) {
                String sw = where + ".Subscribers[" + j + "]";
                if (!subs.get(j).isObject()) {
                    throw new InputException(file, sw + " must be an object");
                }
                subscribers.add(new AccountAnomalySubscriptions.Subscriber(text(file, subs.get(j), sw, "Type"),
                        text(file, subs.get(j), sw, "Status")));
            }
            byAccount.computeIfAbsent(account, a -> new ArrayList<>()).add(new AccountAnomalySubscriptions.Subscription(
                    arn, text(file, s, where, "SubscriptionName"), monitors, text(file, s, where, "Frequency"),
                    number(file, s, where, "Threshold"), subscribers));
        }
        if (byAccount.isEmpty()) {
            out.accountless(file, AccountAnomalySubscriptions.TYPE, source, account -> fact(account, List.of()));
            return;
        }
        for (Map.Entry<String, List<AccountAnomalySubscriptions.Subscription>> e : byAccount.entrySet()) {
            out.resource(fact(e.getKey(), e.getValue()), null);
            out.coverage(Coverage.collected(e.getKey(), FactTypes.GLOBAL, AccountAnomalySubscriptions.TYPE, source));
        }
    }

    private static AccountAnomalySubscriptions fact(String account, List<AccountAnomalySubscriptions.Subscription> subs) {
        return new AccountAnomalySubscriptions(BudgetsReader.rootArn(account), account, FactTypes.GLOBAL,
                "cost anomaly subscriptions of account " + account, Map.of(), subs);
    }
}
