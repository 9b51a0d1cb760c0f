package dev.tollgate.evaluate;

import dev.tollgate.model.Param;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An environment's deployment calendar, from its profile: deploy windows ({@code deploy.windows}), maintenance
 * windows ({@code deploy.maintenanceWindows}) and freeze periods ({@code deploy.freezeWindows}); and the decision
 * whether a change may start at a given instant (the {@code gate} verb).
 * <ul>
 *   <li>Windows: {@code "DAYS HH:MM-HH:MM UTC"}. DAYS is a comma list (no spaces) of days {@code Mon Tue Wed Thu
 *       Fri Sat Sun} or ranges of two different days ({@code Tue-Thu}; a range may wrap the week, {@code Fri-Mon}).
 *       Times are two-digit 24-hour UTC, start strictly before end; the end may be {@code 24:00}. A window over
 *       midnight is written as two entries.</li>
 *   <li>Freeze periods: {@code "MM-DD..MM-DD Name"}, both days inclusive, whole UTC days, real calendar days
 *       ({@code 02-29} allowed: it exists only in leap years); the end may precede the start (the period wraps the
 *       year); the name is not blank.</li>
 * </ul>
 * A change may start when the instant is in no freeze period and, if the environment documents windows for that
 * kind of change, inside one of them. An environment that documents no windows is not restricted by time of day
 * (freeze periods still apply).
 */
public final class DeployCalendar {
    public static final String WINDOWS = "deploy.windows";
    public static final String MAINTENANCE = "deploy.maintenanceWindows";
    public static final String FREEZES = "deploy.freezeWindows";
    /** Every deploy.* parameter and whether it holds windows (true) or freeze periods (false). */
    public static final Map<String, Boolean> KEYS = Map.of(WINDOWS, true, MAINTENANCE, true, FREEZES, false);

    static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final Pattern WINDOW = Pattern.compile("(\\S+) ([0-9]{2}):([0-9]{2})-([0-9]{2}):([0-9]{2}) UTC");
    private static final Pattern FREEZE =
            Pattern.compile("([0-9]{2})-([0-9]{2})\\.\\.([0-9]{2})-([0-9]{2}) (\\S(?:.*\\S)?)");
    /** How far ahead the next allowed instant is looked for (two years and a bit: every freeze and leap day). */
    private static final int HORIZON_DAYS = 800;

    /** The kind of change being gated: which windows apply. Freeze periods apply to both. */
    public enum Change {
        DEPLOY(WINDOWS), MAINTENANCE(DeployCalendar.MAINTENANCE);

        private final String key;

        Change(String key) {
            this.key = key;
        }

        /** The profile parameter holding this kind's windows. */
        public String key() {
            return key;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A weekly window: the days it applies to and its minutes of the day, [start, end). */
    public record Window(String text, Set<DayOfWeek> days, int startMinute, int endMinute) {
        public Window {
            days = Set.copyOf(days);
        }

        boolean contains(ZonedDateTime t) {
            int m = t.getHour() * 60 + t.getMinute();
            return days.contains(t.getDayOfWeek()) && m >= startMinute && m < endMinute;
        }
    }

    /** A yearly freeze period, both days inclusive (whole UTC days); {@code end} before {@code start} wraps the year. */
    public record Freeze(String text, MonthDay start, MonthDay end, String name) {
        public boolean contains(LocalDate day) {
            MonthDay d = MonthDay.from(day);
            return start.isAfter(end)
                    ? !d.isBefore(start) || !d.isAfter(end)
                    : !d.isBefore(start) && !d.isAfter(end);
        }

        /** The dates part as written: {@code 11-25..11-30}. */
        public String period() {
            return text.substring(0, text.indexOf(' '));
        }
    }

    /** An emergency hotfix override: why, and the incident commander who approved it. */
    public record Override(String reason, String approvedBy) {
    }

    /** A freeze period in force at the evaluated instant, and the instant it ends. */
    public record ActiveFreeze(String name, String period, Instant endsAt) {
    }

    /**
     * The gate's calendar decision.
     *
     * @param at             the instant evaluated
     * @param environment    the profile's name
     * @param change         {@code deploy} or {@code maintenance}
     * @param allowed        whether the change may start (after any override)
     * @param calendarAllows what the calendar alone says (false while frozen or outside every window)
     * @param restricted     whether the environment documents windows for this kind of change
     * @param reasons        why, one line each, most important first
     * @param activeFreeze   the freeze period in force, or null
     * @param window         the window the instant is in (as written), or null
     * @param windowEndsAt   when that window closes, or null
     * @param nextAllowedAt  when the calendar next allows the change, when it does not now (null: now, or never
     *                       within two years)
     * @param windows        the windows that apply, as written
     * @param freezes        the freeze periods, as written
     * @param override       the emergency hotfix override given, or null
     */
    public record Decision(Instant at, String environment, String change, boolean allowed, boolean calendarAllows,
                           boolean restricted, List<String> reasons, ActiveFreeze activeFreeze, String window,
                           Instant windowEndsAt, Instant nextAllowedAt, List<String> windows, List<String> freezes,
                           Override override) {
        public Decision {
            reasons = List.copyOf(reasons);
            windows = List.copyOf(windows);
            freezes = List.copyOf(freezes);
        }

        /** The decision in one line, for the console. */
        public String summary() {
            String verdict = allowed ? (calendarAllows ? "ALLOWED" : "ALLOWED BY EMERGENCY OVERRIDE") : "NOT ALLOWED";
            return verdict + " at " + at + " (" + change + ", " + environment + "): " + String.join("; ", reasons);
        }
    }

    private final String environment;
    private final List<Window> windows;
    private final List<Window> maintenance;
    private final List<Freeze> freezes;

    private DeployCalendar(String environment, List<Window> windows, List<Window> maintenance, List<Freeze> freezes) {
        this.environment = environment;
        this.windows = List.copyOf(windows);
        this.maintenance = List.copyOf(maintenance);
        this.freezes = List.copyOf(freezes);
    }

    /**
     * The calendar of a profile. {@link ProfileLoader} has already rejected malformed values, so a problem here
     * means the profile was built by hand: it is reported as an {@link IllegalArgumentException}.
     */
    public static DeployCalendar of(Profile profile) {
        return new DeployCalendar(profile.name(), windows(profile, WINDOWS), windows(profile, MAINTENANCE),
                values(profile, FREEZES).stream().map(DeployCalendar::parseFreeze).toList());
    }

    private static List<Window> windows(Profile p, String key) {
        return values(p, key).stream().map(DeployCalendar::parseWindow).toList();
    }

    private static List<String> values(Profile p, String key) {
        Param v = p.params().get(key);
        return v == null ? List.of() : v.list();
    }

    public List<Window> windows(Change change) {
        return change == Change.DEPLOY ? windows : maintenance;
    }

    public List<Freeze> freezes() {
        return freezes;
    }

    // ------------------------------------------------------------------ parsing

    /**
     * What is wrong with one value of a deploy.* parameter, or null when it is well formed (or the key is not a
     * deploy.* parameter).
     */
    public static String problem(String key, String value) {
        Boolean window = KEYS.get(key);
        if (window == null) {
            return null;
        }
        try {
            if (window) {
                parseWindow(value);
            } else {
                parseFreeze(value);
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Parses {@code "DAYS HH:MM-HH:MM UTC"}; the exception's message says what is wrong, in one line. */
    public static Window parseWindow(String v) {
        if (v == null) {
            throw new IllegalArgumentException("no value");
        }
        Matcher m = WINDOW.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected \"DAYS HH:MM-HH:MM UTC\" (e.g. \"Tue-Thu 10:00-14:00 UTC\")");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : m.group(1).split(",", -1)) {
            String[] ends = item.split("-", -1);
            if (item.isEmpty() || ends.length > 2) {
                throw new IllegalArgumentException("days \"" + m.group(1)
                        + "\": expected days or ranges separated by commas (Mon,Wed,Fri-Sun)");
            }
            for (String d : ends) {
                if (!DAYS.contains(d)) {
                    throw new IllegalArgumentException("unknown day \"" + d + "\" (expected one of "
                            + String.join(" ", DAYS) + ")");
                }
            }
            DayOfWeek from = day(ends[0]);
            DayOfWeek to = day(ends[ends.length - 1]);
            if (ends.length == 2 && from == to) {
                throw new IllegalArgumentException("day range \"" + item + "\" starts and ends on the same day");
            }
            for (DayOfWeek d = from; ; d = d.plus(1)) { // plus wraps Sun to Mon: ranges may wrap the week
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        int from = minutes(m.group(2), m.group(3), false);
        int to = minutes(m.group(4), m.group(5), true);
        if (from < 0 || to < 0) {
            throw new IllegalArgumentException("time out of range (00:00-23:59; the end may be 24:00)");
        }
        if (from >= to) {
            throw new IllegalArgumentException(
                    "the window must start before it ends (write a window over midnight as two entries)");
        }
        return new Window(v, days, from, to);
    }

    private static DayOfWeek day(String abbreviation) {
        return DayOfWeek.of(DAYS.indexOf(abbreviation) + 1);
    }

    private static int minutes(String hh, String mm, boolean end) {
        int h = Integer.parseInt(hh);
        int m = Integer.parseInt(mm);
        if (m > 59 || h > 24 || h == 24 && (!end || m != 0)) {
            return -1;
        }
        return h * 60 + m;
    }

    /** Parses {@code "MM-DD..MM-DD Name"}; the exception's message says what is wrong, in one line. */
    public static Freeze parseFreeze(String v) {
        if (v == null) {
            throw new IllegalArgumentException("no value");
        }
        Matcher m = FREEZE.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected \"MM-DD..MM-DD Name\" (e.g. \"11-25..11-30 Black Friday\")");
        }
        MonthDay[] ends = new MonthDay[2];
        for (int i = 0; i < 2; i++) {
            int g = 1 + 2 * i;
            try {
                ends[i] = MonthDay.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("\"" + m.group(g) + "-" + m.group(g + 1)
                        + "\" is not a calendar day");
            }
        }
        return new Freeze(v, ends[0], ends[1], m.group(5));
    }

    // ------------------------------------------------------------------ deciding

    /** Whether a change of this kind may start at {@code at}; {@code override} (nullable) lifts a calendar block. */
    public Decision decide(Instant at, Change change, Override override) {
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        List<Window> applicable = windows(change);
        boolean restricted = !applicable.isEmpty();
        List<String> reasons = new ArrayList<>();

        ActiveFreeze active = null;
        Freeze freeze = freezeOn(t.toLocalDate());
        if (freeze != null) {
            LocalDate day = t.toLocalDate();
            while (freezeOn(day) != null && day.isBefore(t.toLocalDate().plusDays(HORIZON_DAYS))) {
                day = day.plusDays(1);
            }
            active = new ActiveFreeze(freeze.name(), freeze.period(), day.atStartOfDay(ZoneOffset.UTC).toInstant());
            reasons.add("inside the freeze period " + freeze.name() + " (" + freeze.period() + ", UTC days; frozen until "
                    + active.endsAt() + ")");
        }
        Window inside = applicable.stream().filter(w -> w.contains(t)).findFirst().orElse(null);
        Instant windowEnds = inside == null ? null
                : t.toLocalDate().atStartOfDay(ZoneOffset.UTC).plusMinutes(inside.endMinute()).toInstant();
        if (!restricted) {
            reasons.add(environment + " documents no " + change.label() + " windows (" + change.key()
                    + "): not restricted by day or time");
        } else if (inside != null) {
            reasons.add("inside the " + change.label() + " window " + inside.text() + " (closes " + windowEnds + ")");
        } else {
            reasons.add("outside every " + change.label() + " window ("
                    + String.join(", ", applicable.stream().map(Window::text).toList()) + ")");
        }
        boolean calendarAllows = active == null && (!restricted || inside != null);
        Instant next = calendarAllows ? null : nextAllowed(t, applicable);
        if (!calendarAllows) {
            reasons.add(next == null ? "no allowed time within " + HORIZON_DAYS + " days"
                    : "next allowed: " + next);
        }
        boolean allowed = calendarAllows;
        if (override != null) {
            if (!calendarAllows) {
                allowed = true;
                reasons.add(0, "emergency hotfix override approved by " + override.approvedBy() + ": "
                        + override.reason());
            } else {
                reasons.add("emergency hotfix override given but not needed (approved by " + override.approvedBy()
                        + ": " + override.reason() + ")");
            }
        }
        return new Decision(at, environment, change.label(), allowed, calendarAllows, restricted, reasons, active,
                inside == null ? null : inside.text(), windowEnds, next,
                applicable.stream().map(Window::text).toList(), freezes.stream().map(Freeze::text).toList(), override);
    }

    private Freeze freezeOn(LocalDate day) {
        return freezes.stream().filter(f -> f.contains(day)).findFirst().orElse(null);
    }

    /** The first instant after {@code t} that is in no freeze and, when restricted, inside a window. */
    private Instant nextAllowed(ZonedDateTime t, List<Window> applicable) {
        LocalDate today = t.toLocalDate();
        int nowMinute = t.getHour() * 60 + t.getMinute();
        for (int i = 0; i <= HORIZON_DAYS; i++) {
            LocalDate day = today.plusDays(i);
            if (freezeOn(day) != null) {
                continue;
            }
            int best = -1;
            if (applicable.isEmpty()) {
                best = 0;
            } else {
                for (Window w : applicable) {
                    if (!w.days().contains(day.getDayOfWeek())) {
                        continue;
                    }
                    int start = w.startMinute();
                    if (i == 0) {
                        if (w.endMinute() <= nowMinute) {
                            continue;
                        }
                        start = Math.max(start, nowMinute);
                    }
                    if (best < 0 || start < best) {
                        best = start;
                    }
                }
            }
            if (best >= 0) {
                Instant candidate = day.atStartOfDay(ZoneOffset.UTC).plusMinutes(best).toInstant();
                return candidate.isBefore(t.toInstant()) ? t.toInstant() : candidate;
            }
        }
        return null;
    }
}
