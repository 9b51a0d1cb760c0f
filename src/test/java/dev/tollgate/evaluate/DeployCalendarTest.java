package dev.tollgate.evaluate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployment calendar: parsing the deploy.* values and deciding whether a change may start at an instant.
 * Every instant is fixed (no wall clock). 2026-11-24 is a Tuesday; 2027-01-01 a Friday; 2028 is a leap year.
 */
class DeployCalendarTest {
    static ProfileLoader loader;

    @BeforeAll
    static void load() throws Exception {
        loader = new ProfileLoader();
    }

    static DeployCalendar calendar(String parameters) throws ProfileException {
        return DeployCalendar.of(loader.parse("test.yaml", "name: test\nparameters:\n" + parameters));
    }

    static DeployCalendar.Decision deploy(DeployCalendar c, String at) {
        return c.decide(Instant.parse(at), DeployCalendar.Change.DEPLOY, null);
    }

    // ------------------------------------------------------------------ parsing

    @Test
    void dayRangesMayWrapTheWeek() {
        assertEquals(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY),
                DeployCalendar.parseWindow("Fri-Mon 22:00-23:59 UTC").days());
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                DeployCalendar.parseWindow("Tue-Thu 10:00-14:00 UTC").days());
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                DeployCalendar.parseWindow("Mon,Wed,Fri-Sat 00:00-24:00 UTC").days());
        assertEquals(EnumSet.allOf(DayOfWeek.class), DeployCalendar.parseWindow("Mon-Sun 00:00-01:00 UTC").days());
    }

    @Test
    void windowTimesAreMinutesOfTheDayAndMayEndAt2400() {
        DeployCalendar.Window w = DeployCalendar.parseWindow("Sun 22:00-24:00 UTC");
        assertEquals(22 * 60, w.startMinute());
        assertEquals(24 * 60, w.endMinute());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeployCalendar.parseWindow("Sun 24:00-24:30 UTC"));
        assertTrue(e.getMessage().contains("time out of range"), e.getMessage());
    }

    @Test
    void freezePeriodsMayWrapTheYear() {
        DeployCalendar.Freeze f = DeployCalendar.parseFreeze("12-30..01-02 End of Year");
        assertEquals("End of Year", f.name());
        assertEquals("12-30..01-02", f.period());
        assertEquals(MonthDay.of(12, 30), f.start());
        assertFalse(f.contains(LocalDate.parse("2026-12-29")));
        assertTrue(f.contains(LocalDate.parse("2026-12-30")));
        assertTrue(f.contains(LocalDate.parse("2026-12-31")));
        assertTrue(f.contains(LocalDate.parse("2027-01-01")));
        assertTrue(f.contains(LocalDate.parse("2027-01-02")));
        assertFalse(f.contains(LocalDate.parse("2027-01-03")));
        assertFalse(f.contains(LocalDate.parse("2027-06-15")));
    }

    @Test
    void theLeapDayExistsOnlyInLeapYears() {
        DeployCalendar.Freeze leap = DeployCalendar.parseFreeze("02-29..02-29 Leap Day");
        assertTrue(leap.contains(LocalDate.parse("2028-02-29")));
        assertFalse(leap.contains(LocalDate.parse("2027-02-28")));
        assertFalse(leap.contains(LocalDate.parse("2027-03-01")));
        assertFalse(leap.contains(LocalDate.parse("2028-02-28")));
        DeployCalendar.Freeze around = DeployCalendar.parseFreeze("02-28..03-01 Month end");
        assertTrue(around.contains(LocalDate.parse("2028-02-29")));
        assertTrue(around.contains(LocalDate.parse("2027-03-01")));
        assertFalse(around.contains(LocalDate.parse("2027-03-02")));
    }

    @Test
    void problemsAreOneLineAndOnlyForDeployKeys() {
        assertNull(DeployCalendar.problem("deploy.windows", "Tue-Thu 10:00-14:00 UTC"));
        assertNull(DeployCalendar.problem("deploy.freezeWindows", "11-25..11-30 Black Friday"));
        assertNull(DeployCalendar.problem("rds.backupRetentionDays", "anything"), "not a calendar key");
        String p = DeployCalendar.problem("deploy.maintenanceWindows", "Sunday 4-6 AM UTC");
        assertNotNull(p);
        assertFalse(p.contains("\n"));
        assertTrue(DeployCalendar.problem("deploy.freezeWindows", "11-31..12-03 X").contains("\"11-31\" is not a calendar day"));
        assertTrue(DeployCalendar.problem("deploy.windows", "Tue-Thr 10:00-14:00 UTC").contains("unknown day \"Thr\""));
        assertTrue(DeployCalendar.problem("deploy.windows", "Tue-Thu 14:00-10:00 UTC").contains("start before it ends"));
    }

    @Test
    void theLoaderRejectsAMalformedWindowNamingFileLineAndKey() {
        ProfileException e = assertThrows(ProfileException.class, () -> loader.parse("bad-profile.yaml", """
                name: bad
                parameters:
                  deploy.maintenanceWindows: ["Sun 04:00-06:00 UTC"]
                  deploy.windows: ["Tue-Thu 10:00-14:00 UTC", "Tuesday-Thursday 10-14 UTC"]
                """));
        assertEquals("bad-profile.yaml:4: parameter \"deploy.windows\": \"Tuesday-Thursday 10-14 UTC\": expected "
                + "\"DAYS HH:MM-HH:MM UTC\" (e.g. \"Tue-Thu 10:00-14:00 UTC\")", e.getMessage());
    }

    // ------------------------------------------------------------------ deciding, on the ShopFlow profile

    @Test
    void insideTheShopFlowWindow() throws Exception {
        DeployCalendar.Decision d = deploy(DeployCalendar.of(loader.load("shopflow-production")), "2026-11-24T11:00:00Z");
        assertTrue(d.allowed());
        assertTrue(d.calendarAllows());
        assertTrue(d.restricted());
        assertEquals("Tue-Thu 10:00-14:00 UTC", d.window());
        assertEquals(Instant.parse("2026-11-24T14:00:00Z"), d.windowEndsAt());
        assertNull(d.activeFreeze());
        assertNull(d.nextAllowedAt());
        assertEquals("shopflow-production", d.environment());
        assertEquals("deploy", d.change());
        assertEquals(List.of("Tue-Thu 10:00-14:00 UTC"), d.windows());
        assertEquals(4, d.freezes().size());
    }

    @Test
    void windowsAreStartInclusiveEndExclusive() throws Exception {
        DeployCalendar c = DeployCalendar.of(loader.load("shopflow-production"));
        assertTrue(deploy(c, "2026-11-24T10:00:00Z").allowed());
        assertTrue(deploy(c, "2026-11-24T13:59:59Z").allowed());
        assertFalse(deploy(c, "2026-11-24T14:00:00Z").allowed());
        assertFalse(deploy(c, "2026-11-24T09:59:59Z").allowed());
        assertEquals(Instant.parse("2026-11-24T10:00:00Z"), deploy(c, "2026-11-24T09:00:00Z").nextAllowedAt(),
                "later the same day");
    }

    @Test
    void outsideEveryWindowNamesTheNextWindow() throws Exception {
        DeployCalendar.Decision d = deploy(DeployCalendar.of(loader.load("shopflow-production")), "2026-11-20T15:00:00Z");
        assertFalse(d.allowed());
        assertNull(d.window());
        assertNull(d.activeFreeze());
        assertEquals(Instant.parse("2026-11-24T10:00:00Z"), d.nextAllowedAt(), "Friday afternoon: next Tuesday");
        assertTrue(d.reasons().get(0).startsWith("outside every deploy window (Tue-Thu 10:00-14:00 UTC)"), d.reasons().toString());
    }

    @Test
    void adjacentFreezesChainAndTheNextWindowSkipsThem() throws Exception {
        // Wednesday in the window, but Black Friday (11-25..11-30) runs into Cyber Monday (12-01..12-03).
        DeployCalendar.Decision d = deploy(DeployCalendar.of(loader.load("shopflow-production")), "2026-11-25T11:00:00Z");
        assertFalse(d.allowed());
        assertFalse(d.calendarAllows());
        assertEquals("Tue-Thu 10:00-14:00 UTC", d.window(), "inside the weekly window, but frozen");
        assertEquals("Black Friday", d.activeFreeze().name());
        assertEquals("11-25..11-30", d.activeFreeze().period());
        assertEquals(Instant.parse("2026-12-04T00:00:00Z"), d.activeFreeze().endsAt(), "Cyber Monday follows directly");
        assertEquals(Instant.parse("2026-12-08T10:00:00Z"), d.nextAllowedAt(), "Dec 4 is a Friday: next Tuesday");
        assertTrue(d.reasons().get(0).startsWith("inside the freeze period Black Friday"), d.reasons().toString());
    }

    @Test
    void theEndOfYearFreezeWrapsIntoJanuary() throws Exception {
        DeployCalendar c = DeployCalendar.of(loader.load("shopflow-production"));
        DeployCalendar.Decision d = deploy(c, "2026-12-31T12:00:00Z");
        assertEquals("End of Year", d.activeFreeze().name());
        assertEquals(Instant.parse("2027-01-03T00:00:00Z"), d.activeFreeze().endsAt());
        assertEquals(Instant.parse("2027-01-05T10:00:00Z"), d.nextAllowedAt(), "Jan 3 2027 is a Sunday");
        assertEquals("End of Year", deploy(c, "2027-01-02T23:59:59Z").activeFreeze().name());
        assertNull(deploy(c, "2026-12-29T11:00:00Z").activeFreeze(), "Tuesday Dec 29: between two freezes");
        assertTrue(deploy(c, "2026-12-29T11:00:00Z").allowed());
    }

    @Test
    void theEmergencyOverrideLiftsACalendarBlockAndIsRecorded() throws Exception {
        DeployCalendar c = DeployCalendar.of(loader.load("shopflow-production"));
        DeployCalendar.Override o = new DeployCalendar.Override("INC-4711 checkout down", "Jane Doe");
        DeployCalendar.Decision d = c.decide(Instant.parse("2026-11-27T20:00:00Z"), DeployCalendar.Change.DEPLOY, o);
        assertTrue(d.allowed());
        assertFalse(d.calendarAllows());
        assertEquals(o, d.override());
        assertEquals("emergency hotfix override approved by Jane Doe: INC-4711 checkout down", d.reasons().get(0));
        assertTrue(d.summary().startsWith("ALLOWED BY EMERGENCY OVERRIDE at 2026-11-27T20:00:00Z"), d.summary());
        DeployCalendar.Decision unneeded = c.decide(Instant.parse("2026-11-24T11:00:00Z"), DeployCalendar.Change.DEPLOY, o);
        assertTrue(unneeded.calendarAllows());
        assertTrue(unneeded.reasons().stream().anyMatch(r -> r.contains("override given but not needed")));
    }

    // ------------------------------------------------------------------ environments without windows, maintenance

    @Test
    void anEnvironmentWithoutWindowsIsNotRestricted() throws Exception {
        for (String name : List.of("baseline", "taskflow-production", "wedsync-production")) {
            DeployCalendar.Decision d = deploy(DeployCalendar.of(loader.load(name)), "2026-11-27T03:00:00Z");
            assertTrue(d.allowed(), name);
            assertFalse(d.restricted(), name);
            assertTrue(d.reasons().get(0).contains("documents no deploy windows (deploy.windows): not restricted"),
                    d.reasons().toString());
        }
    }

    @Test
    void freezesApplyWithoutWindows() throws Exception {
        DeployCalendar c = calendar("  deploy.freezeWindows: [\"12-30..01-02 End of Year\"]\n");
        DeployCalendar.Decision d = deploy(c, "2027-01-01T08:00:00Z");
        assertFalse(d.allowed());
        assertFalse(d.restricted());
        assertEquals(Instant.parse("2027-01-03T00:00:00Z"), d.nextAllowedAt(), "midnight after the freeze");
    }

    @Test
    void maintenanceUsesTheMaintenanceWindows() throws Exception {
        DeployCalendar c = DeployCalendar.of(loader.load("wedsync-production"));
        DeployCalendar.Decision in = c.decide(Instant.parse("2026-11-22T05:30:00Z"), DeployCalendar.Change.MAINTENANCE, null);
        assertTrue(in.allowed());
        assertEquals("Sun 04:00-06:00 UTC", in.window());
        assertEquals("maintenance", in.change());
        DeployCalendar.Decision out = c.decide(Instant.parse("2026-11-22T06:00:00Z"), DeployCalendar.Change.MAINTENANCE, null);
        assertFalse(out.allowed());
        assertEquals(Instant.parse("2026-11-29T04:00:00Z"), out.nextAllowedAt(), "next Sunday");
    }

    @Test
    void weekWrappingRangesAnd2400Ends() throws Exception {
        DeployCalendar c = calendar("  deploy.windows: [\"Fri-Mon 22:00-24:00 UTC\", \"Sat-Sun 00:00-02:00 UTC\"]\n");
        assertTrue(deploy(c, "2026-11-23T23:59:59Z").allowed(), "Monday 23:59:59, in Fri-Mon");
        assertFalse(deploy(c, "2026-11-24T00:00:00Z").allowed(), "Tuesday 00:00: 24:00 is exclusive");
        DeployCalendar.Decision tue = deploy(c, "2026-11-24T00:00:00Z");
        assertEquals(Instant.parse("2026-11-27T22:00:00Z"), tue.nextAllowedAt(), "Friday 22:00");
        DeployCalendar.Decision sat = deploy(c, "2026-11-28T01:00:00Z");
        assertEquals("Sat-Sun 00:00-02:00 UTC", sat.window());
        assertEquals(Instant.parse("2026-11-28T02:00:00Z"), sat.windowEndsAt());
    }

    @Test
    void aFreezeOnTheLeapDaySkipsToMarch() throws Exception {
        DeployCalendar c = calendar("  deploy.windows: [\"Mon-Sun 09:00-17:00 UTC\"]\n"
                + "  deploy.freezeWindows: [\"02-29..02-29 Leap Day\"]\n");
        DeployCalendar.Decision d = deploy(c, "2028-02-29T10:00:00Z");
        assertEquals("Leap Day", d.activeFreeze().name());
        assertEquals(Instant.parse("2028-03-01T09:00:00Z"), d.nextAllowedAt());
        assertTrue(deploy(c, "2027-02-28T10:00:00Z").allowed(), "no leap day in 2027");
    }

    @Test
    void aFreezeAllYearHasNoNextWindow() throws Exception {
        DeployCalendar.Decision d = deploy(calendar("  deploy.freezeWindows: [\"01-01..12-31 All year\"]\n"),
                "2026-06-01T10:00:00Z");
        assertFalse(d.allowed());
        assertNull(d.nextAllowedAt());
        assertTrue(d.reasons().stream().anyMatch(r -> r.startsWith("no allowed time within")), d.reasons().toString());
    }
}
