package dev.tollgate.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documented backup schedules (profile parameter {@code backup.requiredSchedules}) and how AWS Backup plans and
 * selections meet them. Used by the rules in {@code rules/backup.drl}.
 * <p>
 * An entry is {@code "SCHEDULE RETENTION[ SCOPE]"}, single spaces:
 * <ul>
 *   <li>SCHEDULE: {@code daily}; {@code weekly} (any day of the week) or {@code weekly/DAY} with DAY one of
 *       {@code mon tue wed thu fri sat sun}; {@code monthly} (any day of the month) or {@code monthly/N}, N 1-28;</li>
 *   <li>RETENTION: {@code Nd}, the days each recovery point must be kept at least (N 1-36500);</li>
 *   <li>SCOPE (optional, default {@code rds}): a comma list of {@code rds} (stand-alone RDS DB instances that are
 *       not read replicas, and DB clusters) and {@code ec2} (EC2 instances that are not terminated).</li>
 * </ul>
 * Example: {@code ["weekly/sun 28d rds,ec2", "monthly/1 365d"]}.
 * <p>
 * A plan rule meets an entry when its {@code cron(...)} schedule fires on every documented day (a daily schedule
 * fires on every day; the month and year fields must be {@code *}; the day is read in the rule's own time zone) and
 * its lifecycle keeps recovery points at least RETENTION days (no DeleteAfterDays: kept forever). A resource is
 * covered when a selection of a plan with such a rule, in the resource's account and region, selects it.
 */
public final class BackupSchedules {
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
    private static final Pattern ENTRY = Pattern.compile(
            "(daily|weekly|monthly)(?:/([a-z0-9]+))? ([0-9]{1,5})d(?: ([a-z0-9]+(?:,[a-z0-9]+)*))?");
    private static final List<String> SCOPES = List.of("rds", "ec2");
    /** The profile parameter holding the entries. */
    public static final String KEY = "backup.requiredSchedules";

    private BackupSchedules() {
    }

    /**
     * One parsed entry.
     *
     * @param frequency daily, weekly or monthly
     * @param day       for weekly: 0 (Sunday) to 6; for monthly: 1-28; -1 for any day
     * @param days      minimum retention in days
     */
    public record Requirement(String text, String frequency, int day, int days, List<String> scope) {
        public Requirement {
            scope = List.copyOf(scope);
        }

        public boolean appliesTo(String kind) {
            return scope.contains(kind);
        }
    }

    /** The parsed entry; IllegalArgumentException with a one-line reason when it is malformed. */
    public static Requirement parse(String entry) {
        Matcher m = entry == null ? null : ENTRY.matcher(entry);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("expected \"SCHEDULE RETENTION[ SCOPE]\", e.g. \"weekly/sun 28d rds\"");
        }
        String freq = m.group(1);
        String dayText = m.group(2);
        int day = -1;
        if (dayText != null) {
            switch (freq) {
                case "daily" -> throw new IllegalArgumentException("a daily schedule takes no day");
                case "weekly" -> {
                    day = DAYS.indexOf(dayText);
                    if (day < 0) {
                        throw new IllegalArgumentException("unknown day of the week \"" + dayText
                                + "\" (expected " + String.join(" ", List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun")) + ")");
                    }
                }
                default -> {
                    if (!dayText.matches("[0-9]{1,2}") || Integer.parseInt(dayText) < 1 || Integer.parseInt(dayText) > 28) {
                        throw new IllegalArgumentException("day of the month \"" + dayText + "\" is not 1-28");
                    }
                    day = Integer.parseInt(dayText);
                }
            }
        }
        int days = Integer.parseInt(m.group(3));
        if (days < 1 || days > 36500) {
            throw new IllegalArgumentException("retention " + days + "d is not 1-36500 days");
        }
        List<String> scope = m.group(4) == null ? List.of("rds") : List.of(m.group(4).split(","));
        for (String s : scope) {
            if (!SCOPES.contains(s)) {
                throw new IllegalArgumentException("unknown scope \"" + s + "\" (expected rds or ec2)");
            }
        }
        return new Requirement(entry, freq, day, days, scope);
    }

    /** Null when {@code entry} is well formed, else why not. */
    public static String problem(String entry) {
        try {
            parse(entry);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** For the profile loader: the problem of one value of parameter {@code key}, null when fine or another key. */
    public static String formatProblem(String key, String value) {
        return KEY.equals(key) ? problem(value) : null;
    }

    /** The first malformed entry of {@code entries} with its problem ("\"x\": why"), or null when all are fine. */
    public static String firstProblem(List<?> entries) {
        for (Object o : entries) {
            String p = problem(String.valueOf(o));
            if (p != null) {
                return "\"" + o + "\": " + p;
            }
        }
        return null;
    }

    /** True when the plan rule's schedule fires on every day the requirement names and it keeps points long enough. */
    public static boolean meets(BackupRule rule, Requirement req) {
        return keepsAtLeast(rule.deleteAfterDays(), req.days()) && fires(rule.schedule(), req);
    }

    /** Recovery points kept forever (null) or at least {@code days}. */
    public static boolean keepsAtLeast(Integer deleteAfterDays, int days) {
        return deleteAfterDays == null || deleteAfterDays >= days;
    }

    /** True when the {@code cron(...)} expression fires on every day {@code req} documents. */
    public static boolean fires(String expression, Requirement req) {
        Cron c = Cron.parse(expression);
        if (c == null) {
            return false;
        }
        boolean daily = c.dom.cardinality() == 31 || c.dow.cardinality() == 7;
        if (daily) {
            return true;
        }
        return switch (req.frequency()) {
            case "weekly" -> req.day() < 0 ? c.dow.cardinality() > 0 : c.dow.get(req.day());
            case "monthly" -> req.day() < 0 ? c.dom.cardinality() > 0 || c.dow.cardinality() > 0 || c.lastDay
                    : c.dom.get(req.day() - 1);
            default -> false;
        };
    }

    /**
     * The entries of {@code specs} that apply to {@code kind} and that no plan in {@code plans} meets for this
     * resource through a selection in {@code selections} (callers pass the plans and selections of the resource's
     * account and region).
     */
    public static List<String> missing(List<?> specs, String kind, String arn, Map<String, String> tags,
                                       List<?> plans, List<?> selections) {
        List<String> out = new ArrayList<>();
        for (Object o : specs) {
            Requirement req = parse(String.valueOf(o));
            if (!req.appliesTo(kind)) {
                continue;
            }
            boolean covered = false;
            for (Object p : plans) {
                BackupPlan plan = (BackupPlan) p;
                if (plan.rules().stream().anyMatch(r -> meets(r, req)) && selected(plan, arn, tags, selections)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(req.text());
            }
        }
        return out;
    }

    /** True when a selection of {@code plan} (same plan id, account and region) selects the resource. */
    public static boolean selected(BackupPlan plan, String arn, Map<String, String> tags, List<?> selections) {
        for (Object o : selections) {
            BackupSelection s = (BackupSelection) o;
            if (s.planId() != null && s.planId().equals(plan.planId()) && eq(s.account(), plan.account())
                    && eq(s.region(), plan.region()) && selects(s, arn, tags)) {
                return true;
            }
        }
        return false;
    }

    /**
     * AWS Backup's assignment logic: (a Resources ARN pattern matches, or any ListOfTags condition holds, or, with
     * neither given, the Conditions alone select) and every Conditions entry holds and no NotResources pattern matches.
     */
    public static boolean selects(BackupSelection s, String arn, Map<String, String> tags) {
        boolean picked;
        if (s.resources().isEmpty() && s.tagConditions().isEmpty()) {
            picked = !s.conditions().isEmpty();
        } else {
            picked = s.resources().stream().anyMatch(p -> glob(p, arn))
                    || s.tagConditions().stream().anyMatch(c -> holds(c, tags));
        }
        return picked && s.conditions().stream().allMatch(c -> holds(c, tags))
                && s.notResources().stream().noneMatch(p -> glob(p, arn));
    }

    /** One tag condition against a resource's tags (a missing tag fails the positive operators). */
    public static boolean holds(BackupCondition c, Map<String, String> tags) {
        String v = tags.get(c.tagKey());
        String op = c.operator() == null ? "StringEquals" : c.operator();
        return switch (op) {
            case "StringEquals" -> v != null && v.equals(c.value());
            case "StringNotEquals" -> v == null || !v.equals(c.value());
            case "StringLike" -> v != null && glob(c.value(), v);
            case "StringNotLike" -> v == null || !glob(c.value(), v);
            default -> false;
        };
    }

    /** Case-sensitive glob: {@code *} any characters, {@code ?} one character. */
    public static boolean glob(String pattern, String value) {
        if (pattern == null || value == null) {
            return false;
        }
        StringBuilder re = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            if (ch == '*') {
                re.append(".*");
            } else if (ch == '?') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return value.matches(re.toString());
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /**
     * The day fields of an AWS cron expression: days of the month 1-31 (bits 0-30) and of the week (0 = Sunday);
     * {@code lastDay} when the expression fires once a month on a day that is no fixed date (L, LW, 15W in the
     * day-of-month field, SUN#1 or 6L in the day-of-week field): it meets "monthly" but no weekly or dated entry.
     */
    private record Cron(BitSet dom, BitSet dow, boolean lastDay) {
        static Cron parse(String expression) {
            if (expression == null) {
                return null;
            }
            String e = expression.trim();
            if (!e.toLowerCase(Locale.ROOT).startsWith("cron(") || !e.endsWith(")")) {
                return null;
            }
            String[] f = e.substring(5, e.length() - 1).trim().split("\\s+");
            if (f.length != 6 || !"*".equals(f[3]) || !"*".equals(f[5])) {
                return null; // only some months or years: not a standing schedule
            }
            BitSet dom = new BitSet(31);
            BitSet dow = new BitSet(7);
            boolean monthly = false;
            if (!"?".equals(f[2])) {
                if (MONTHLY_DOM.matcher(f[2]).matches()) {
                    monthly = true; // L, L-N, LW, NW: one day a month, not a fixed date
                } else if (!set(f[2], 1, 31, dom, null)) {
                    return null;
                }
            }
            if (!"?".equals(f[4])) {
                if (MONTHLY_DOW.matcher(f[4]).matches()) {
                    monthly = true; // SUN#1, 1#1, 6L: the Nth or last such weekday, once a month
                } else if (!set(f[4], 1, 7, dow, DAYS)) {
                    return null;
                }
            }
            return new Cron(dom, dow, monthly);
        }

        /** Day-of-month forms that fire once a month on a day that moves: L, L-3, LW, 15W. */
        private static final Pattern MONTHLY_DOM = Pattern.compile("(?i)L(-[0-9]{1,2})?|LW|[0-9]{1,2}W");
        /**
         * Day-of-week forms that fire once a month: SUN#1, 1#3 (Nth weekday of the month), 6L, FRIL (last such weekday).
         * A bare L (the last day of the week, Saturday) is weekly and not read.
         */
        private static final Pattern MONTHLY_DOW = Pattern.compile("(?i)([1-7]|sun|mon|tue|wed|thu|fri|sat)(#[1-5]|L)");

        /** Fills {@code bits} (value - min) from a cron field: *, N, A-B, A/STEP, *&#47;STEP, lists; names allowed. */
        private static boolean set(String field, int min, int max, BitSet bits, List<String> names) {
            for (String part : field.split(",")) {
                String range = part;
                int step = 1;
                int slash = part.indexOf('/');
                if (slash >= 0) {
                    Integer s = value(part.substring(slash + 1), 1, max, null);
                    if (s == null) {
                        return false;
                    }
                    step = s;
                    range = part.substring(0, slash);
                }
                int from;
                int to;
                if ("*".equals(range)) {
                    from = min;
                    to = max;
                } else if (range.contains("-")) {
                    Integer a = value(range.substring(0, range.indexOf('-')), min, max, names);
                    Integer b = value(range.substring(range.indexOf('-') + 1), min, max, names);
                    if (a == null || b == null || a > b) {
                        return false;
                    }
                    from = a;
                    to = b;
                } else {
                    Integer a = value(range, min, max, names);
                    if (a == null) {
                        return false; // L, W, # and other forms: not a plain set of days
                    }
                    from = a;
                    to = slash >= 0 ? max : a;
                }
                for (int v = from; v <= to; v += step) {
                    bits.set(v - min);
                }
            }
            return true;
        }

        private static Integer value(String text, int min, int max, List<String> names) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (names != null && names.contains(t)) {
                return names.indexOf(t) + min;
            }
            if (!t.matches("[0-9]{1,2}")) {
                return null;
            }
            int v = Integer.parseInt(t);
            return v < min || v > max ? null : v;
        }
    }
}
