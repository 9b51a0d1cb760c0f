package dev.tollgate.evaluate;

import dev.tollgate.model.Param;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Strict format of the deployment-window parameters ({@code deploy.*} in {@code rules/profiles/parameters.yaml}).
 * No rule reads them: the planned gate verb will, so a malformed value would only surface then. This test checks
 * every bundled profile now.
 * <ul>
 *   <li>{@code deploy.windows}, {@code deploy.maintenanceWindows}: {@code "DAYS HH:MM-HH:MM UTC"}. DAYS is a comma
 *       list (no spaces) of days {@code Mon Tue Wed Thu Fri Sat Sun} or ranges of two different days ({@code Tue-Thu};
 *       a range may wrap the week, {@code Fri-Mon}). Times are two-digit 24-hour UTC, start strictly before end;
 *       the end may be {@code 24:00}. A window over midnight is written as two entries.</li>
 *   <li>{@code deploy.freezeWindows}: {@code "MM-DD..MM-DD Name"}, both days inclusive and real calendar days
 *       (02-29 allowed); the end may precede the start (the period wraps the year); the name is not blank.</li>
 * </ul>
 */
class DeployWindowsTest {
    static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    static final Pattern WINDOW = Pattern.compile("(\\S+) ([0-9]{2}):([0-9]{2})-([0-9]{2}):([0-9]{2}) UTC");
    static final Pattern FREEZE = Pattern.compile("([0-9]{2})-([0-9]{2})\\.\\.([0-9]{2})-([0-9]{2}) (\\S(?:.*\\S)?)");
    static final Map<String, String> FORMATS = Map.of(
            "deploy.windows", "window", "deploy.maintenanceWindows", "window", "deploy.freezeWindows", "freeze");

    static ProfileLoader loader;

    @BeforeAll
    static void load() throws Exception {
        loader = new ProfileLoader();
    }

    /** What is wrong with a "DAYS HH:MM-HH:MM UTC" value, or null when it is well formed. */
    static String windowProblem(String v) {
        if (v == null) {
            return "no value";
        }
        Matcher m = WINDOW.matcher(v);
        if (!m.matches()) {
            return "expected \"DAYS HH:MM-HH:MM UTC\" (e.g. \"Tue-Thu 10:00-14:00 UTC\")";
        }
        for (String item : m.group(1).split(",", -1)) {
            String[] ends = item.split("-", -1);
            if (item.isEmpty() || ends.length > 2) {
                return "days \"" + m.group(1) + "\": expected days or ranges separated by commas (Mon,Wed,Fri-Sun)";
            }
            for (String d : ends) {
                if (!DAYS.contains(d)) {
                    return "unknown day \"" + d + "\" (expected one of " + String.join(" ", DAYS) + ")";
                }
            }
            if (ends.length == 2 && ends[0].equals(ends[1])) {
                return "day range \"" + item + "\" starts and ends on the same day";
            }
        }
        int from = minutes(m.group(2), m.group(3), false);
        int to = minutes(m.group(4), m.group(5), true);
        if (from < 0 || to < 0) {
            return "time out of range (00:00-23:59; the end may be 24:00)";
        }
        if (from >= to) {
            return "the window must start before it ends (write a window over midnight as two entries)";
        }
        return null;
    }

    private static int minutes(String hh, String mm, boolean end) {
        int h = Integer.parseInt(hh);
        int m = Integer.parseInt(mm);
        if (m > 59 || h > 24 || h == 24 && (!end || m != 0)) {
            return -1;
        }
        return h * 60 + m;
    }

    /** What is wrong with a "MM-DD..MM-DD Name" value, or null when it is well formed. */
    static String freezeProblem(String v) {
        if (v == null) {
            return "no value";
        }
        Matcher m = FREEZE.matcher(v);
        if (!m.matches()) {
            return "expected \"MM-DD..MM-DD Name\" (e.g. \"11-25..11-30 Black Friday\")";
        }
        for (int g : new int[] {1, 3}) {
            try {
                MonthDay.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)));
            } catch (DateTimeException e) {
                return "\"" + m.group(g) + "-" + m.group(g + 1) + "\" is not a calendar day";
            }
        }
        return null;
    }

    /** Every malformed deploy.* value of the profile: "deploy.windows: \"...\": problem". */
    static List<String> problems(Profile profile) {
        List<String> out = new ArrayList<>();
        for (Param p : new TreeMap<>(profile.params()).values()) {
            if (!p.key().startsWith("deploy.")) {
                continue;
            }
            String format = FORMATS.get(p.key());
            if (format == null) {
                out.add(p.key() + ": no format known to DeployWindowsTest (add it)");
                continue;
            }
            for (String v : p.list()) {
                String problem = format.equals("window") ? windowProblem(v) : freezeProblem(v);
                if (problem != null) {
                    out.add(p.key() + ": \"" + v + "\": " + problem);
                }
            }
        }
        return out;
    }

    @Test
    void everyBundledProfileHasWellFormedDeployValues() throws Exception {
        List<String> all = new ArrayList<>();
        int values = 0;
        for (String name : loader.bundledNames()) {
            Profile p = loader.load(name);
            problems(p).forEach(x -> all.add(name + ": " + x));
            values += p.params().values().stream().filter(x -> x.key().startsWith("deploy."))
                    .mapToInt(x -> x.list().size()).sum();
        }
        assertTrue(all.isEmpty(), "malformed deployment windows:\n  " + String.join("\n  ", all));
        assertTrue(values >= 6, "the bundled profiles should set deployment windows (ShopFlow, WedSync); found " + values);
    }

    @Test
    void deployParametersAreDeclaredListsWithoutBaseline() {
        for (String key : FORMATS.keySet()) {
            ProfileLoader.Declared d = loader.declared().get(key);
            assertNotNull(d, key + " is not declared in rules/profiles/parameters.yaml");
            assertEquals("list", d.type(), key);
            assertTrue(d.baseline() == null || d.baseline().isNull(), key + " must have no baseline");
        }
        loader.declared().keySet().stream().filter(k -> k.startsWith("deploy."))
                .forEach(k -> assertTrue(FORMATS.containsKey(k), k + ": no format known to DeployWindowsTest"));
    }

    @Test
    void theDocumentedWindowsAreEncoded() throws Exception {
        Profile shop = loader.load("shopflow-production");
        assertEquals(List.of("Tue-Thu 10:00-14:00 UTC"), shop.params().get("deploy.windows").list());
        assertEquals(List.of("11-25..11-30 Black Friday", "12-01..12-03 Cyber Monday", "12-20..12-26 Holiday Season",
                "12-30..01-02 End of Year"), shop.params().get("deploy.freezeWindows").list());
        Profile wed = loader.load("wedsync-production");
        assertEquals(List.of("Sun 04:00-06:00 UTC"), wed.params().get("deploy.maintenanceWindows").list());
        assertNull(loader.load("baseline").params().get("deploy.windows"), "no baseline windows");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tue-Thu 10:00-14:00 UTC", "Sun 04:00-06:00 UTC", "Mon,Wed,Fri-Sat 00:00-24:00 UTC",
            "Fri-Mon 22:00-23:59 UTC", "Sat-Sun 00:00-00:01 UTC"})
    void wellFormedWindowsPass(String v) {
        assertNull(windowProblem(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tue-Thu 10:00-14:00", "Tue-Thu 10:00-14:00 CET", "Tue-Thu 10:00-14:00 utc",
            "Tuesday-Thursday 10:00-14:00 UTC", "tue-thu 10:00-14:00 UTC", "Tue-Thr 10:00-14:00 UTC",
            "Tue–Thu 10:00-14:00 UTC", "Tue-Thu-Fri 10:00-14:00 UTC", "Tue-Tue 10:00-14:00 UTC",
            "Mon, Tue 10:00-14:00 UTC", "Mon,,Tue 10:00-14:00 UTC", "Mon, 10:00-14:00 UTC", ",Mon 10:00-14:00 UTC",
            "Tue-Thu 9:00-14:00 UTC", "Tue-Thu 10-14 UTC", "Tue-Thu 10:00 - 14:00 UTC", "Tue-Thu  10:00-14:00 UTC",
            " Sun 04:00-06:00 UTC", "Sun 04:00-06:00 UTC ", "Tue-Thu 25:00-26:00 UTC", "Tue-Thu 10:60-14:00 UTC",
            "Sun 24:00-24:30 UTC", "Sun 23:00-24:01 UTC", "Tue-Thu 14:00-10:00 UTC", "Sun 04:00-04:00 UTC",
            "Sunday 4-6 AM UTC", "10:00-14:00 UTC", ""})
    void malformedWindowsFail(String v) {
        assertNotNull(windowProblem(v), "accepted: \"" + v + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"11-25..11-30 Black Friday", "12-30..01-02 End of Year", "02-29..02-29 Leap Day",
            "12-31..12-31 New Year's Eve", "01-01..12-31 All year"})
    void wellFormedFreezesPass(String v) {
        assertNull(freezeProblem(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11-25..11-31 Black Friday", "02-30..03-01 Nonsense", "04-31..05-01 X", "13-01..13-02 X",
            "00-10..00-12 X", "11-00..11-05 X", "11-25..11-30", "11-25..11-30 ", "11-25..11-30  ",
            "11-25-11-30 Black Friday", "11/25..11/30 Black Friday", "Nov 25..Nov 30 Black Friday",
            "11-25...11-30 Black Friday", "11-25 .. 11-30 Black Friday", "1-2..1-3 X", "2026-11-25..2026-11-30 X",
            "11-25..11-30 Black Friday ", " 11-25..11-30 Black Friday", "Black Friday Nov 25-30", ""})
    void malformedFreezesFail(String v) {
        assertNotNull(freezeProblem(v), "accepted: \"" + v + "\"");
    }

    @Test
    void aProfileWithAMalformedValueFails() throws Exception {
        // The loader checks only the type (a list of strings): the format check is this test's.
        Profile p = loader.parse("bad-profile.yaml", """
                name: bad
                parameters:
                  deploy.windows: ["Tuesday-Thursday 10-14 UTC", "Tue-Thu 10:00-14:00 UTC"]
                  deploy.maintenanceWindows: ["Sun 04:00-06:00 UTC"]
                  deploy.freezeWindows: ["11-25..11-30 Black Friday", "11-31..12-03 Cyber Monday"]
                """);
        List<String> problems = problems(p);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("deploy.freezeWindows: \"11-31..12-03 Cyber Monday\": "), problems.get(0));
        assertTrue(problems.get(1).startsWith("deploy.windows: \"Tuesday-Thursday 10-14 UTC\": "), problems.get(1));
        assertFalse(problems(loader.parse("good.yaml", "name: good\nparameters:\n  deploy.windows: [\"Mon 10:00-11:00 UTC\"]\n"))
                .size() > 0);
    }
}
