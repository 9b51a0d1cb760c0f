package dev.tollgate.evaluate;

import dev.tollgate.model.Param;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Strict format of the deployment-calendar parameters ({@code deploy.*} in {@code rules/profiles/parameters.yaml}),
 * as {@link DeployCalendar} parses them (its javadoc has the formats) and {@link ProfileLoader} enforces them when a
 * profile is loaded; the {@code gate} verb reads them. This test checks every bundled profile and the edges of the
 * formats.
 */
class DeployWindowsTest {
    static ProfileLoader loader;

    @BeforeAll
    static void load() throws Exception {
        loader = new ProfileLoader();
    }

    static String windowProblem(String v) {
        return DeployCalendar.problem(DeployCalendar.WINDOWS, v);
    }

    static String freezeProblem(String v) {
        return DeployCalendar.problem(DeployCalendar.FREEZES, v);
    }

    /** Every malformed deploy.* value of the profile: "deploy.windows: \"...\": problem". */
    static List<String> problems(Profile profile) {
        List<String> out = new ArrayList<>();
        for (Param p : new TreeMap<>(profile.params()).values()) {
            if (!p.key().startsWith("deploy.")) {
                continue;
            }
            if (!DeployCalendar.KEYS.containsKey(p.key())) {
                out.add(p.key() + ": no format known to DeployCalendar (add it)");
                continue;
            }
            for (String v : p.list()) {
                String problem = DeployCalendar.problem(p.key(), v);
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
        for (String key : DeployCalendar.KEYS.keySet()) {
            ProfileLoader.Declared d = loader.declared().get(key);
            assertNotNull(d, key + " is not declared in rules/profiles/parameters.yaml");
            assertEquals("list", d.type(), key);
            assertTrue(d.baseline() == null || d.baseline().isNull(), key + " must have no baseline");
        }
        loader.declared().keySet().stream().filter(k -> k.startsWith("deploy."))
                .forEach(k -> assertTrue(DeployCalendar.KEYS.containsKey(k), k + ": no format known to DeployCalendar"));
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
    void aProfileWithAMalformedValueIsRejectedWhenLoaded() throws Exception {
        ProfileException e = assertThrows(ProfileException.class, () -> loader.parse("bad-profile.yaml", """
                name: bad
                parameters:
                  deploy.maintenanceWindows: ["Sun 04:00-06:00 UTC"]
                  deploy.freezeWindows: ["11-25..11-30 Black Friday", "11-31..12-03 Cyber Monday"]
                """));
        assertEquals("bad-profile.yaml:4: parameter \"deploy.freezeWindows\": \"11-31..12-03 Cyber Monday\": "
                + "\"11-31\" is not a calendar day", e.getMessage());
        Profile good = loader.parse("good.yaml", "name: good\nparameters:\n  deploy.windows: [\"Mon 10:00-11:00 UTC\"]\n");
        assertEquals(List.of(), problems(good));
        // A profile built by hand (not through the loader) is still caught here.
        Profile byHand = new Profile("hand", "", null, List.of(), List.of(), java.util.Map.of("deploy.windows",
                new Param("deploy.windows", null, null, null, List.of("Tuesday-Thursday 10-14 UTC"))));
        assertEquals(1, problems(byHand).size(), problems(byHand).toString());
        assertTrue(problems(byHand).get(0).startsWith("deploy.windows: \"Tuesday-Thursday 10-14 UTC\": expected"));
    }
}
