package dev.tollgate.evaluate;

import dev.tollgate.model.BackupCondition;
import dev.tollgate.model.BackupPlan;
import dev.tollgate.model.BackupRule;
import dev.tollgate.model.BackupSchedules;
import dev.tollgate.model.BackupSelection;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code backup.requiredSchedules} format ({@link BackupSchedules}): strict parsing, rejection by the profile
 * loader, the bundled profiles' values, AWS cron schedules against documented days, and selection matching.
 */
class BackupScheduleParameterTest {
    static ProfileLoader loader;

    @BeforeAll
    static void load() throws Exception {
        loader = new ProfileLoader();
    }

    @ParameterizedTest
    @ValueSource(strings = {"daily 7d", "weekly 90d", "weekly/sun 28d", "weekly/sun 28d rds,ec2", "monthly 365d",
            "monthly/1 365d rds", "monthly/28 30d ec2"})
    void wellFormedEntriesPass(String v) {
        assertNull(BackupSchedules.problem(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "weekly", "weekly 90", "Weekly 90d", "weekly/sunday 28d", "weekly/SUN 28d", "daily/1 7d",
            "monthly/29 365d", "monthly/0 365d", "weekly 0d", "weekly 90d s3", "weekly 90d rds, ec2", "weekly  90d",
            "fortnightly 28d"})
    void malformedEntriesFail(String v) {
        assertNotNull(BackupSchedules.problem(v), v);
    }

    @Test
    void theLoaderRejectsAMalformedEntryNamingFileAndValue() throws Exception {
        ProfileException e = assertThrows(ProfileException.class, () -> loader.parse("bad.yaml",
                "name: bad\nparameters:\n  backup.requiredSchedules: [\"weekly on sunday\"]\n"));
        assertTrue(e.getMessage().contains("bad.yaml") && e.getMessage().contains("weekly on sunday"), e.getMessage());
        assertEquals(List.of("weekly/sun 28d"), loader.parse("good.yaml",
                "name: good\nparameters:\n  backup.requiredSchedules: [\"weekly/sun 28d\"]\n")
                .params().get("backup.requiredSchedules").list());
    }

    @Test
    void theDocumentedSchedulesAreEncoded() throws Exception {
        assertEquals(List.of("weekly 90d"), loader.load("taskflow-production").params().get("backup.requiredSchedules").list());
        assertEquals(List.of("weekly/sun 28d rds,ec2", "monthly/1 365d"),
                loader.load("wedsync-production").params().get("backup.requiredSchedules").list());
        assertNull(loader.load("baseline").params().get("backup.requiredSchedules"), "no baseline");
        List<String> bad = new ArrayList<>();
        for (String name : loader.bundledNames()) {
            var p = loader.load(name).params().get("backup.requiredSchedules");
            if (p != null && BackupSchedules.firstProblem(p.list()) != null) {
                bad.add(name + ": " + BackupSchedules.firstProblem(p.list()));
            }
        }
        assertTrue(bad.isEmpty(), bad.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cron(0 5 ? * SUN *)     | weekly/sun 28d | true",
            "cron(0 5 ? * 1 *)       | weekly/sun 28d | true",
            "cron(0 5 ? * MON-FRI *) | weekly/sun 28d | false",
            "cron(0 5 ? * SAT-SUN *) | weekly/sun 28d | false",
            "cron(0 5 ? * 1,4 *)     | weekly/wed 28d | true",
            "cron(0 5 ? * MON *)     | weekly 28d     | true",
            "cron(0 5 ? * * *)       | weekly/sun 28d | true",
            "cron(0 5 * * ? *)       | monthly/1 28d  | true",
            "cron(0 5 1 * ? *)       | monthly/1 28d  | true",
            "cron(0 5 1/7 * ? *)     | monthly/1 28d  | true",
            "cron(0 5 2 * ? *)       | monthly/1 28d  | false",
            "cron(0 5 L * ? *)       | monthly 28d    | true",
            "cron(0 5 L * ? *)       | monthly/1 28d  | false",
            "cron(0 5 ? * SUN#1 *)   | weekly/sun 28d | false",
            "cron(0 5 ? * SUN#1 *)   | monthly 28d    | true",
            "cron(0 5 ? * 1#1 *)     | monthly 365d   | true",
            "cron(0 5 ? * 6L *)      | monthly 28d    | true",
            "cron(0 5 ? * 6L *)      | weekly/fri 28d | false",
            "cron(0 5 ? * SUN#1 *)   | monthly/1 28d  | false",
            "cron(0 5 15W * ? *)     | monthly 28d    | true",
            "cron(0 5 LW * ? *)      | monthly 28d    | true",
            "cron(0 5 15W * ? *)     | monthly/15 28d | false",
            "cron(0 5 1 1 ? *)       | monthly/1 28d  | false",
            "cron(0 5 1 * ? 2026)    | monthly/1 28d  | false",
            "cron(0 5 ? * SUN *)     | monthly/1 28d  | false",
            "rate(1 day)             | daily 7d       | false",
            "cron(0 */4 ? * * *)     | daily 7d       | true"})
    void schedules(String cron, String entry, boolean fires) {
        assertEquals(fires, BackupSchedules.fires(cron, BackupSchedules.parse(entry)), cron + " vs " + entry);
    }

    @Test
    void retention() {
        BackupSchedules.Requirement req = BackupSchedules.parse("weekly 90d");
        assertTrue(BackupSchedules.meets(rule(90), req));
        assertFalse(BackupSchedules.meets(rule(89), req));
        assertTrue(BackupSchedules.meets(rule(null), req), "no DeleteAfterDays: kept forever");
    }

    @Test
    void selections() {
        Map<String, String> tags = Map.of("Backup", "weekly", "Environment", "production", "Name", "orders");
        String arn = "arn:aws:rds:us-east-1:111122223333:db:orders";
        assertTrue(BackupSchedules.selects(sel(List.of("arn:aws:rds:*:*:db:*"), List.of(), List.of(), List.of()), arn, tags));
        assertFalse(BackupSchedules.selects(sel(List.of("arn:aws:rds:*:*:db:*"), List.of(arn), List.of(), List.of()), arn, tags),
                "NotResources wins");
        assertFalse(BackupSchedules.selects(sel(List.of("arn:aws:rds:*:*:cluster:*"), List.of(), List.of(), List.of()), arn, tags));
        assertTrue(BackupSchedules.selects(sel(List.of(), List.of(),
                List.of(new BackupCondition("StringEquals", "Team", "x"), new BackupCondition("StringEquals", "Backup", "weekly")),
                List.of()), arn, tags), "ListOfTags: any");
        assertFalse(BackupSchedules.selects(sel(List.of("*"), List.of(), List.of(),
                List.of(new BackupCondition("StringEquals", "Environment", "production"),
                        new BackupCondition("StringNotLike", "Name", "ord*"))), arn, tags), "Conditions: all");
        assertTrue(BackupSchedules.selects(sel(List.of(), List.of(), List.of(),
                List.of(new BackupCondition("StringLike", "Environment", "prod*"))), arn, tags), "Conditions alone select");
        assertFalse(BackupSchedules.selects(sel(List.of(), List.of(), List.of(), List.of()), arn, tags), "empty selection");
        BackupPlan plan = new BackupPlan("arn:aws:backup:us-east-1:111122223333:backup-plan:p1", "111122223333", "us-east-1",
                "p", Map.of(), "p1", "p", null, List.of(rule(90)), Tri.TRUE);
        BackupSelection other = new BackupSelection("s", "111122223333", "us-east-1", "s", Map.of(), "s", "p2", "s", null,
                List.of("*"), List.of(), List.of(), List.of());
        assertFalse(BackupSchedules.selected(plan, arn, tags, List.of(other)), "a selection of another plan");
        assertEquals(List.of("weekly 90d"), BackupSchedules.missing(List.of("weekly 90d", "weekly 30d ec2"), "rds", arn, tags,
                List.of(plan), List.of(other)));
    }

    private static BackupRule rule(Integer days) {
        return new BackupRule("r", "cron(0 5 ? * SUN *)", null, days, null, "vault", Tri.FALSE, List.of());
    }

    private static BackupSelection sel(List<String> resources, List<String> notResources, List<BackupCondition> listOfTags,
                                       List<BackupCondition> conditions) {
        return new BackupSelection("s", "111122223333", "us-east-1", "s", Map.of(), "s", "p1", "s", null, resources,
                notResources, listOfTags, conditions);
    }
}
