package dev.tollgate.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One documented step or simple scaling policy of {@code asg.scalingPolicies}:
 * {@code "NAMESPACE METRIC OP THRESHOLD adjust +N|-N cooldown SECONDSs"}, e.g.
 * {@code "AWS/EC2 CPUUtilization > 75 adjust +2 cooldown 300s"}: every Auto Scaling group needs a SimpleScaling or
 * StepScaling policy that changes its capacity by N instances (ChangeInCapacity), with that cooldown (simple
 * policies: their cooldown, else the group's default cooldown; step policies: their estimated instance warm-up, else
 * the group's default cooldown), triggered by an enabled alarm on the metric with the group's AutoScalingGroupName
 * dimension, comparing in OP's direction at exactly the documented threshold, whose alarm actions contain the
 * policy's ARN.
 */
public record ScalingSpec(String text, String namespace, String metric, String op, double threshold, int adjustment,
                          int cooldownSeconds) {
    public static final String FORMAT = "\"NAMESPACE METRIC OP THRESHOLD adjust +N|-N cooldown SECONDSs\""
            + " (e.g. \"AWS/EC2 CPUUtilization > 75 adjust +2 cooldown 300s\"; OP one of > >= < <=)";
    private static final Pattern SPEC = Pattern.compile(
            "(\\S+) ([A-Za-z0-9_.:-]+) (>=|<=|>|<) ([0-9]+(?:\\.[0-9]+)?)%? adjust ([+-][0-9]+) cooldown ([0-9]+)s");

    /** Parses one entry; a malformed one throws IllegalArgumentException naming the entry and the expected format. */
    public static ScalingSpec parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Matcher m = SPEC.matcher(text);
        m.matches();
        return new ScalingSpec(text, m.group(1), m.group(2), m.group(3), Double.parseDouble(m.group(4)),
                Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
    }

    /** What is wrong with an entry ("asg.scalingPolicies: \"...\": reason"), or null when it is well formed. */
    public static String problem(String text) {
        String r = reason(text);
        return r == null ? null : "asg.scalingPolicies: \"" + text + "\": " + r;
    }

    static String reason(String text) {
        if (text == null || !SPEC.matcher(text).matches()) {
            return "expected " + FORMAT;
        }
        Matcher m = SPEC.matcher(text);
        m.matches();
        if (Integer.parseInt(m.group(5)) == 0) {
            return "the adjustment must not be 0";
        }
        return null;
    }

    /** +1 for upper bounds (> >=), -1 for lower bounds. */
    public int direction() {
        return op.startsWith(">") ? 1 : -1;
    }

    /** The alarm comparison operator the entry's OP names. */
    public String comparisonOperator() {
        return switch (op) {
            case ">" -> "GreaterThanThreshold";
            case ">=" -> "GreaterThanOrEqualToThreshold";
            case "<" -> "LessThanThreshold";
            default -> "LessThanOrEqualToThreshold";
        };
    }

    /** Checks every entry of {@code specs} against the group's policies and the alarms of its account and region. */
    public static AlarmSpec.Review review(List<String> specs, AutoScalingGroup g, List<ScalingPolicy> policies,
                                          List<MetricAlarm> alarms) {
        List<String> missing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<ScalingPolicy> sorted = new ArrayList<>(policies);
        sorted.sort(java.util.Comparator.comparing(p -> p.policyName() == null ? "" : p.policyName()));
        for (String text : specs) {
            ScalingSpec s = parse(text);
            Match match = new Match();
            for (ScalingPolicy p : sorted) {
                if (p.groupName() == null || !p.groupName().equals(g.groupName())
                        || !("SimpleScaling".equals(p.policyType()) || "StepScaling".equals(p.policyType()))) {
                    continue;
                }
                List<Integer> adjustments = "SimpleScaling".equals(p.policyType())
                        ? (p.scalingAdjustment() == null ? List.of() : List.of(p.scalingAdjustment()))
                        : p.stepAdjustments();
                if (adjustments.isEmpty()) {
                    match.cannotJudge();
                    continue;
                }
                if (adjustments.stream().noneMatch(a -> Integer.signum(a) == Integer.signum(s.adjustment))) {
                    continue; // a policy scaling the other way
                }
                List<String> dev = new ArrayList<>();
                boolean unk = false;
                if (p.adjustmentType() == null) {
                    unk = true;
                } else if (!"ChangeInCapacity".equals(p.adjustmentType())) {
                    dev.add("adjusts by " + p.adjustmentType());
                }
                if (!adjustments.contains(s.adjustment)) {
                    dev.add("adjusts by " + adjustments + " (documented " + (s.adjustment > 0 ? "+" : "") + s.adjustment + ")");
                }
                Integer cd = "SimpleScaling".equals(p.policyType()) ? p.cooldown() : p.estimatedInstanceWarmup();
                cd = cd != null ? cd : g.defaultCooldown();
                if (cd == null) {
                    unk = true;
                } else if (cd != s.cooldownSeconds) {
                    dev.add("cools down " + cd + " s (documented " + s.cooldownSeconds + " s)");
                }
                if (p.enabled() == Tri.FALSE) {
                    dev.add("is disabled");
                }
                Match alarm = new Match();
                for (MetricAlarm a : alarms) {
                    if (p.arn() == null || !a.alarmActions().contains(p.arn())) {
                        continue;
                    }
                    List<String> ad = new ArrayList<>();
                    boolean au = false;
                    if (!s.namespace.equals(a.namespace()) || !s.metric.equals(a.metricName())
                            || !g.groupName().equals(a.dimensions().get("AutoScalingGroupName"))) {
                        ad.add("watches " + a.namespace() + " " + a.metricName() + " " + a.dimensions());
                    }
                    if (a.comparisonOperator() == null || a.threshold() == null) {
                        au = true;
                    } else if (a.direction() != s.direction() || Double.compare(a.threshold(), s.threshold) != 0) {
                        ad.add("fires on " + a.comparisonOperator() + " " + a.threshold());
                    }
                    if (a.actionsEnabled() == Tri.FALSE) {
                        ad.add("has its actions disabled");
                    } else if (a.actionsEnabled() == Tri.UNKNOWN) {
                        au = true;
                    }
                    if (alarm.offer("its alarm " + a.alarmName(), ad, au)) {
                        break;
                    }
                }
                if (alarm.undecided()) {
                    unk = true;
                } else if (!alarm.met()) {
                    dev.add(alarm.shortfall("no alarm triggers it"));
                }
                if (match.offer("policy " + p.policyName() + ":", dev, unk)) {
                    break;
                }
            }
            match.report(text, "no such policy", missing, unknown);
        }
        return new AlarmSpec.Review(missing, unknown);
    }
}
