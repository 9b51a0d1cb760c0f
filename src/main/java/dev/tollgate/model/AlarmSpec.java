package dev.tollgate.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One documented alarm of {@code monitoring.requiredAlarms}:
 * {@code "TARGET: NAMESPACE METRIC[/METRIC2] [STAT] OP THRESHOLD[%] [for SECONDSs]"}, e.g.
 * {@code "ecs-service: AWS/ECS CPUUtilization > 85 for 600s"},
 * {@code "alb: AWS/ApplicationELB TargetResponseTime p95 > 0.5 for 300s"},
 * {@code "alb: AWS/ApplicationELB HTTPCode_Target_5XX_Count/RequestCount > 1% for 300s"},
 * {@code "rds-replica: AWS/RDS ReplicaLag > 5"}, {@code "rds: AWS/RDS DatabaseConnections > *"}.
 * <ul>
 *   <li>TARGET: {@code ecs-service} (alarm dimensions ClusterName + ServiceName), {@code rds} (every DB instance),
 *       {@code rds-primary} (not read replicas), {@code rds-replica} (read replicas only; all three by
 *       DBInstanceIdentifier), {@code alb} (application load balancers, LoadBalancer "app/NAME/ID"), {@code asg}
 *       (EC2 Auto Scaling groups, AutoScalingGroupName).</li>
 *   <li>METRIC/METRIC2: a ratio, which only a metric-math alarm can watch: the alarm's metrics must include both
 *       metrics with the target's dimensions. The expression's arithmetic is not evaluated: with {@code %} the
 *       alarm's threshold is read as a percentage when the expression contains {@code 100}, else as a fraction.</li>
 *   <li>STAT: Average, Sum, Minimum, Maximum, SampleCount or a percentile pNN (e.g. p95); optional (any).</li>
 *   <li>OP: {@code >} {@code >=} {@code <} {@code <=}. THRESHOLD: a number, or {@code *} for any threshold
 *       (only the alarm's presence is checked). An alarm is at least as strict when it compares in the same direction
 *       with a threshold at or beyond the documented one (&le; for {@code >}, &ge; for {@code <}).</li>
 *   <li>{@code for Ns}: the alarm's window (period x evaluation periods) may be at most N seconds.</li>
 * </ul>
 * An alarm watches the resource when its metric's dimensions are exactly the resource's (plus TargetGroup for a
 * load balancer): an alarm on one Availability Zone's or one instance's slice does not count. Every matching alarm
 * must also have actions enabled and at least one alarm action.
 */
public record AlarmSpec(String text, String target, String namespace, String metric, String denominator,
                        String statistic, String op, Double threshold, boolean percent, Integer windowSeconds) {

    public static final List<String> TARGETS = List.of("ecs-service", "rds", "rds-primary", "rds-replica", "alb", "asg");
    public static final String FORMAT = "\"TARGET: NAMESPACE METRIC[/METRIC] [STAT] OP THRESHOLD[%] [for SECONDSs]\""
            + " (e.g. \"ecs-service: AWS/ECS CPUUtilization > 85 for 600s\"; TARGET one of " + String.join(", ", TARGETS)
            + "; OP one of > >= < <=; THRESHOLD a number or *)";
    private static final Pattern SPEC = Pattern.compile(
            "([a-z-]+): (\\S+) ([A-Za-z0-9_.:-]+?)(?:/([A-Za-z0-9_.:-]+))?"
                    + "(?: (Average|Sum|Minimum|Maximum|SampleCount|p[0-9]{1,2}(?:\\.[0-9]+)?))?"
                    + " (>=|<=|>|<) (\\*|[0-9]+(?:\\.[0-9]+)?)(%?)(?: for ([0-9]+)s)?");

    /** Parses one entry; a malformed one throws IllegalArgumentException naming the entry and the expected format. */
    public static AlarmSpec parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Matcher m = SPEC.matcher(text);
        m.matches();
        return new AlarmSpec(text, m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6),
                m.group(7).equals("*") ? null : Double.valueOf(m.group(7)), !m.group(8).isEmpty(),
                m.group(9) == null ? null : Integer.valueOf(m.group(9)));
    }

    /** What is wrong with an entry ("monitoring.requiredAlarms: \"...\": reason"), or null when it is well formed. */
    public static String problem(String text) {
        String r = reason(text);
        return r == null ? null : "monitoring.requiredAlarms: \"" + text + "\": " + r;
    }

    /**
     * The format problem of one value of a monitoring or Auto Scaling list parameter (monitoring.requiredAlarms,
     * asg.scalingPolicies), without the key and value; null when well formed or when the key has no format.
     */
    public static String formatProblem(String key, String value) {
        if ("monitoring.requiredAlarms".equals(key)) {
            return reason(value);
        }
        if ("asg.scalingPolicies".equals(key)) {
            return ScalingSpec.reason(value);
        }
        return null;
    }

    private static String reason(String text) {
        if (text == null) {
            return "an entry is empty; expected " + FORMAT;
        }
        Matcher m = SPEC.matcher(text);
        if (!m.matches()) {
            return "expected " + FORMAT;
        }
        if (!TARGETS.contains(m.group(1))) {
            return "unknown target \"" + m.group(1) + "\" (expected one of " + String.join(", ", TARGETS) + ")";
        }
        if (m.group(9) != null && Integer.parseInt(m.group(9)) <= 0) {
            return "the window must be at least 1 second";
        }
        if (m.group(4) != null && m.group(5) != null) {
            return "a ratio (METRIC/METRIC) takes no statistic";
        }
        return null;
    }

    /** The entry without its target, as findings quote it. */
    public String describe() {
        return text.substring(text.indexOf(':') + 2);
    }

    /** +1 for upper bounds (> >=), -1 for lower bounds. */
    public int direction() {
        return op.startsWith(">") ? 1 : -1;
    }

    /** The CloudWatch dimensions that tie an alarm to {@code r} (empty for resources no target covers). */
    public static Map<String, String> dimensionsOf(Resource r) {
        Map<String, String> d = new LinkedHashMap<>();
        if (r instanceof EcsService s) {
            String cluster = s.clusterArn();
            if (cluster != null) {
                d.put("ClusterName", cluster.substring(cluster.lastIndexOf('/') + 1));
            }
            d.put("ServiceName", s.serviceName() != null ? s.serviceName() : s.name());
        } else if (r instanceof RdsInstance db) {
            d.put("DBInstanceIdentifier", db.dbInstanceId() != null ? db.dbInstanceId() : db.name());
        } else if (r instanceof LoadBalancer lb) {
            String arn = lb.arn();
            int i = arn == null ? -1 : arn.indexOf(":loadbalancer/");
            if (i >= 0) {
                d.put("LoadBalancer", arn.substring(i + ":loadbalancer/".length()));
            }
        } else if (r instanceof AutoScalingGroup g) {
            d.put("AutoScalingGroupName", g.groupName() != null ? g.groupName() : g.name());
        }
        return d;
    }

    /** True when this entry's target covers {@code r}. */
    public boolean appliesTo(Resource r) {
        return switch (target) {
            case "ecs-service" -> r instanceof EcsService;
            case "rds" -> r instanceof RdsInstance;
            case "rds-primary" -> r instanceof RdsInstance db && db.replicaSourceId() == null;
            case "rds-replica" -> r instanceof RdsInstance db && db.replicaSourceId() != null;
            case "alb" -> r instanceof LoadBalancer lb && "application".equalsIgnoreCase(lb.type());
            case "asg" -> r instanceof AutoScalingGroup;
            default -> false;
        };
    }

    /** What the documented alarms of {@code specs} lack on {@code r}: shortfalls, and entries that could not be judged. */
    public record Review(List<String> missing, List<String> unknown) {
        public Review {
            missing = Copy.list(missing);
            unknown = Copy.list(unknown);
        }
    }

    /** Checks every entry of {@code specs} that applies to {@code r} against the alarms of its account and region. */
    public static Review review(List<String> specs, Resource r, List<MetricAlarm> alarms) {
        Map<String, String> dims = dimensionsOf(r);
        List<MetricAlarm> sorted = new ArrayList<>(alarms);
        sorted.sort(Comparator.comparing(a -> a.alarmName() == null ? "" : a.alarmName()));
        List<String> missing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String text : specs) {
            AlarmSpec s = parse(text);
            if (!s.appliesTo(r) || dims.isEmpty()) {
                continue;
            }
            if (r instanceof EcsService && !dims.containsKey("ClusterName")) {
                unknown.add(s.describe()); // which cluster's alarm is the service's cannot be told
                continue;
            }
            Match match = new Match();
            for (MetricAlarm a : sorted) {
                if (!s.watches(a, dims)) {
                    continue;
                }
                List<String> dev = new ArrayList<>();
                boolean unk = s.judge(a, dev);
                if (match.offer("alarm " + a.alarmName(), dev, unk)) {
                    break;
                }
            }
            match.report(s.describe(), "no alarm", missing, unknown);
        }
        return new Review(missing, unknown);
    }

    /** True when {@code a} watches this entry's metric (or ratio) with the resource's dimensions. */
    boolean watches(MetricAlarm a, Map<String, String> dims) {
        if (denominator == null) {
            return !a.metricMath() && namespace.equals(a.namespace()) && metric.equals(a.metricName())
                    && covers(a.dimensions(), dims);
        }
        boolean num = false;
        boolean den = false;
        for (AlarmMetric m : a.metrics()) {
            if (namespace.equals(m.namespace()) && covers(m.dimensions(), dims)) {
                num |= metric.equals(m.metricName());
                den |= denominator.equals(m.metricName());
            }
        }
        return num && den;
    }

    /**
     * True when a metric with {@code alarmDims} is the resource's own metric: every dimension of the resource with its
     * value and no other dimension, since CloudWatch treats each dimension combination as a separate metric and an
     * extra dimension (AvailabilityZone, InstanceId) narrows it to a slice of the resource. The one exception is a
     * load balancer's TargetGroup: the per-target-group metrics (HealthyHostCount, UnHealthyHostCount) exist only
     * with it.
     */
    private static boolean covers(Map<String, String> alarmDims, Map<String, String> dims) {
        for (Map.Entry<String, String> e : dims.entrySet()) {
            if (!e.getValue().equals(alarmDims.get(e.getKey()))) {
                return false;
            }
        }
        for (String k : alarmDims.keySet()) {
            if (!dims.containsKey(k) && !("TargetGroup".equals(k) && dims.containsKey("LoadBalancer"))) {
                return false;
            }
        }
        return true;
    }

    /** True when some entry of {@code specs} applies to {@code r}. */
    public static boolean anyApplies(List<String> specs, Resource r) {
        for (String text : specs) {
            if (parse(text).appliesTo(r)) {
                return true;
            }
        }
        return false;
    }

    /** Adds each way {@code a} falls short to {@code dev}; returns true when some part could not be judged. */
    boolean judge(MetricAlarm a, List<String> dev) {
        boolean unknown = false;
        if (statistic != null && denominator == null) {
            if (a.stat() == null) {
                unknown = true;
            } else if (!statistic.equalsIgnoreCase(a.stat())) {
                dev.add("uses statistic " + a.stat() + " (documented " + statistic + ")");
            }
        }
        if (a.comparisonOperator() == null) {
            unknown = true;
        } else if (a.direction() != direction()) {
            dev.add("compares " + a.comparisonOperator() + " (documented " + op + ")");
        } else if (threshold != null) {
            Double t = a.threshold();
            if (t == null) {
                unknown = true;
            } else {
                double tv = t;
                if (denominator != null && percent) {
                    String expr = a.expression();
                    tv = expr != null && expr.contains("100") ? t : t * 100;
                }
                int c = Double.compare(tv, threshold) * direction();
                boolean strict = c < 0 || c == 0 && (a.inclusive() || !op.endsWith("="));
                if (!strict) {
                    dev.add("has threshold " + fmt(t) + (denominator != null && percent && tv != t ? " (" + fmt(tv) + "%)" : "")
                            + ", less strict than documented " + op + " " + fmt(threshold) + (percent ? "%" : ""));
                }
            }
        }
        if (windowSeconds != null) {
            Integer w = a.windowSeconds();
            if (w == null) {
                unknown = true;
            } else if (w > windowSeconds) {
                dev.add("evaluates over " + w + " s (documented at most " + windowSeconds + " s)");
            }
        }
        Tri acts = a.acts();
        if (acts == Tri.FALSE) {
            dev.add(a.actionsEnabled() == Tri.FALSE ? "has its actions disabled" : "has no alarm action");
        } else if (acts == Tri.UNKNOWN) {
            unknown = true;
        }
        return unknown;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v).toLowerCase(Locale.ROOT);
    }
}
