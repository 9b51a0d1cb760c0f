package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.collect.FactCodec;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.InputReader;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.AccountAnomalyMonitors;
import dev.tollgate.model.AccountAnomalySubscriptions;
import dev.tollgate.model.AccountBudgetNotifications;
import dev.tollgate.model.AccountBudgets;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.TargetGroup;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The target-group, AWS Budgets and Cost Anomaly Detection readers, on recorded AWS CLI outputs. */
class LbCostReadersTest {
    static final Path DIR = Path.of("src/test/resources/api-outputs/lbcost");
    static final String ACCOUNT = "345678901234";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private static <T> List<T> facts(Snapshot s, Class<T> type) {
        return s.resources().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void targetGroupsAreMappedWithAccountAndRegionFromTheirArns() throws Exception {
        Snapshot s = new InputReader().read(List.of(DIR.resolve("describe-target-groups.json")), null);
        List<TargetGroup> groups = facts(s, TargetGroup.class);
        assertEquals(2, groups.size());
        assertEquals(new TargetGroup(
                "arn:aws:elasticloadbalancing:us-east-1:345678901234:targetgroup/wedsync-blue-tg/1f3a5c7e9b2d4f60",
                ACCOUNT, "us-east-1", "wedsync-blue-tg", Map.of(), "HTTP", 3000, "vpc-0d3b5f7a9c1e2468a", "instance",
                Tri.TRUE, "HTTP", "traffic-port", "/api/health", 30, 5, 2, 3, "200",
                List.of("arn:aws:elasticloadbalancing:us-east-1:345678901234:loadbalancer/app/wedsync-production-alb/8e2f6a0c4b1d7e93"),
                null, Tri.UNKNOWN),
                groups.get(0));
        TargetGroup lambda = groups.get(1);
        assertEquals("us-west-2", lambda.region());
        assertEquals(Tri.FALSE, lambda.healthCheckEnabled());
        assertEquals(null, lambda.protocol());
        assertEquals(null, lambda.healthCheckProtocol());
        assertEquals(List.of(), lambda.loadBalancerArns());
        assertEquals(Set.of(
                Coverage.collected(ACCOUNT, "us-east-1", TargetGroupsReader.TYPE, "api:describe-target-groups.json"),
                Coverage.collected(ACCOUNT, "us-west-2", TargetGroupsReader.TYPE, "api:describe-target-groups.json")),
                Set.copyOf(s.coverage()));
    }

    @Test
    void budgetsAndNotificationsTakeTheAccountOfTheOtherInputs() throws Exception {
        Snapshot s = new InputReader().read(List.of(DIR.resolve("describe-target-groups.json"),
                DIR.resolve("describe-budgets.json"), DIR.resolve("describe-budget-notifications-for-account.json")), null);
        AccountBudgets b = facts(s, AccountBudgets.class).get(0);
        assertEquals("arn:aws:iam::345678901234:root", b.arn());
        assertEquals(ACCOUNT, b.account());
        assertEquals("global", b.region());
        assertEquals(List.of(new AccountBudgets.Budget("wedsync-daily-cost", "COST", "DAILY", 400.0, "USD"),
                new AccountBudgets.Budget("ec2-instance-hours", "USAGE", "MONTHLY", 2500.0, "Hrs"),
                new AccountBudgets.Budget("auto-adjusting", "COST", "MONTHLY", null, null)), b.budgets());
        AccountBudgetNotifications n = facts(s, AccountBudgetNotifications.class).get(0);
        assertEquals(List.of(
                new AccountBudgetNotifications.BudgetNotification("wedsync-daily-cost", "ACTUAL", "GREATER_THAN", 80.0, "PERCENTAGE"),
                // ThresholdType absent: the API's default, PERCENTAGE
                new AccountBudgetNotifications.BudgetNotification("wedsync-daily-cost", "FORECASTED", "GREATER_THAN", 100.0, "PERCENTAGE")),
                n.notifications());
        assertTrue(s.coverage().contains(Coverage.collected(ACCOUNT, "global", AccountBudgets.TYPE, "api:describe-budgets.json")));
        assertTrue(s.coverage().contains(Coverage.collected(ACCOUNT, "global", AccountBudgetNotifications.TYPE,
                "api:describe-budget-notifications-for-account.json")));
    }

    @Test
    void budgetsAloneNeedAnAccount() throws Exception {
        Path file = DIR.resolve("describe-budgets.json");
        InputException e = assertThrows(InputException.class, () -> new InputReader().read(List.of(file), null));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("--account"), e.getMessage());
        Snapshot s = new InputReader().read(List.of(file), "999988887777");
        assertEquals("arn:aws:iam::999988887777:root", facts(s, AccountBudgets.class).get(0).arn());
        // only describe-budgets: the notifications are not collected (the rule is not assessed, never compliant)
        assertTrue(s.coverage().stream().noneMatch(c -> c.resourceType().equals(AccountBudgetNotifications.TYPE)));
    }

    @Test
    void anomalyMonitorsAndSubscriptionsNameTheirAccountAndDropSubscriberAddresses() throws Exception {
        Snapshot s = new InputReader().read(List.of(DIR.resolve("get-anomaly-monitors.json"),
                DIR.resolve("get-anomaly-subscriptions.json")), null);
        AccountAnomalyMonitors m = facts(s, AccountAnomalyMonitors.class).get(0);
        assertEquals(ACCOUNT, m.account());
        assertEquals(List.of(new AccountAnomalyMonitors.Monitor(
                "arn:aws:ce::345678901234:anomalymonitor/0e5a7c3b-9d1f-4b2a-8c6e-1f3a5b7d9e20", "wedsync-aws-services",
                "DIMENSIONAL", "SERVICE")), m.monitors());
        AccountAnomalySubscriptions sub = facts(s, AccountAnomalySubscriptions.class).get(0);
        AccountAnomalySubscriptions.Subscription one = sub.subscriptions().get(0);
        assertEquals(List.of("arn:aws:ce::345678901234:anomalymonitor/0e5a7c3b-9d1f-4b2a-8c6e-1f3a5b7d9e20"), one.monitorArns());
        assertEquals("DAILY", one.frequency());
        assertEquals(null, one.threshold());
        assertEquals(List.of(new AccountAnomalySubscriptions.Subscriber("EMAIL", "CONFIRMED")), one.subscribers());
        assertTrue(one.hasActiveSubscriber());
        String encoded = new FactCodec().encode(sub).toString();
        assertFalse(encoded.contains("ops@example.com"), encoded);
        assertEquals(Set.of(
                Coverage.collected(ACCOUNT, "global", AccountAnomalyMonitors.TYPE, "api:get-anomaly-monitors.json"),
                Coverage.collected(ACCOUNT, "global", AccountAnomalySubscriptions.TYPE, "api:get-anomaly-subscriptions.json")),
                Set.copyOf(s.coverage()));
    }

    @Test
    void emptyAnomalyListsAreTheAccountHavingNone() throws Exception {
        SnapshotBuilder out = new SnapshotBuilder();
        Path file = Path.of("get-anomaly-monitors.json");
        new AnomalyMonitorsReader().read(file, MAPPER.readTree("{\"AnomalyMonitors\": []}"), out);
        new AnomalySubscriptionsReader().read(file, MAPPER.readTree("{\"AnomalySubscriptions\": []}"), out);
        Snapshot s = out.build(ACCOUNT, null);
        assertEquals(List.of(), facts(s, AccountAnomalyMonitors.class).get(0).monitors());
        assertEquals(List.of(), facts(s, AccountAnomalySubscriptions.class).get(0).subscriptions());
        assertEquals(2, s.coverage().size());
    }

    /** One malformed value per case: the error is one line naming the file and the element. */
    @Test
    void malformedOutputsAreOneLineErrorsNamingTheFile(@TempDir Path tmp) throws Exception {
        check(tmp, "describe-target-groups.json", root -> ((ObjectNode) root.get("TargetGroups").get(0))
                .put("HealthCheckIntervalSeconds", "30"), "TargetGroups[0].HealthCheckIntervalSeconds");
        check(tmp, "describe-target-groups.json", root -> ((ObjectNode) root.get("TargetGroups").get(1))
                .put("TargetGroupArn", "arn:aws:elasticloadbalancing:us-west-2:345678901234:loadbalancer/app/x/1"),
                "not a target group ARN");
        check(tmp, "describe-target-groups.json", root -> ((ObjectNode) root).put("NextMarker", "abc"), "NextMarker");
        check(tmp, "describe-target-groups.json", root -> ((ObjectNode) root).put("TargetGroups", "none"),
                "\"TargetGroups\" must be an array");
        check(tmp, "describe-budgets.json", root -> ((ObjectNode) root.get("Budgets").get(0).get("BudgetLimit"))
                .put("Amount", "lots\nof money"), "Budgets[0].BudgetLimit.Amount");
        check(tmp, "describe-budget-notifications-for-account.json", root -> ((ObjectNode) root
                .get("BudgetNotificationsForAccount").get(0).get("Notifications").get(0)).put("Threshold", "80"),
                "Notifications[0].Threshold");
        check(tmp, "get-anomaly-monitors.json", root -> ((ObjectNode) root.get("AnomalyMonitors").get(0))
                .put("MonitorArn", "arn:aws:ce::345678901234:anomalysubscription/x"), "anomalymonitor ARN");
        check(tmp, "get-anomaly-subscriptions.json", root -> ((ObjectNode) root.get("AnomalySubscriptions").get(0))
                .put("AccountId", "111122223333"), "differs from the account");
        check(tmp, "get-anomaly-subscriptions.json", root -> ((ObjectNode) root).put("NextPageToken", "t"),
                "NextPageToken");
    }

    private interface Edit {
        void apply(JsonNode root);
    }

    private static void check(Path tmp, String name, Edit edit, String expected) throws Exception {
        JsonNode root = MAPPER.readTree(DIR.resolve(name).toFile());
        edit.apply(root);
        Path file = tmp.resolve(name);
        Files.writeString(file, MAPPER.writeValueAsString(root));
        InputException e = assertThrows(InputException.class, () -> new InputReader().read(List.of(file), ACCOUNT),
                name + " should be rejected (" + expected + ")");
        String msg = e.getMessage();
        assertTrue(msg.startsWith(file.toString() + ":"), msg);
        assertTrue(msg.contains(expected), msg);
        assertFalse(msg.contains("\n"), msg);
    }

    @Test
    void eachReaderAcceptsOnlyItsOwnOutput() throws Exception {
        List<ApiOutputReader> mine = List.of(new TargetGroupsReader(), new BudgetsReader(), new BudgetNotificationsReader(),
                new AnomalyMonitorsReader(), new AnomalySubscriptionsReader());
        List<String> files = List.of("describe-target-groups.json", "describe-budgets.json",
                "describe-budget-notifications-for-account.json", "get-anomaly-monitors.json", "get-anomaly-subscriptions.json");
        for (int i = 0; i < files.size(); i++) {
            JsonNode root = MAPPER.readTree(DIR.resolve(files.get(i)).toFile());
            int idx = i;
            Set<String> accepting = mine.stream().filter(r -> r.accepts(root)).map(ApiOutputReader::command)
                    .collect(Collectors.toSet());
            assertEquals(Set.of(mine.get(idx).command()), accepting, files.get(i));
        }
        assertTrue(ApiOutputReaders.all().stream().map(r -> r.getClass()).collect(Collectors.toSet())
                .containsAll(mine.stream().map(r -> r.getClass()).toList()));
    }
}
