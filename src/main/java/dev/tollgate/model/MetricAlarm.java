package dev.tollgate.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CloudWatch metric alarm ({@code AWS::CloudWatch::Alarm}). A single-metric alarm has {@code namespace},
 * {@code metricName}, {@code statistic} or {@code extendedStatistic} ("p95") and {@code dimensions}; a metric-math
 * alarm has none of those but a {@code metrics} list (each metric query or expression, e.g.
 * {@code e1 = 100*m1/m2}).
 *
 * @param comparisonOperator e.g. GreaterThanThreshold; null when not recorded
 * @param threshold          null when not recorded (or for anomaly-detection alarms, which use thresholdMetricId)
 * @param period             seconds per datapoint; null for metric-math alarms (see {@link #windowSeconds()})
 * @param actionsEnabled     whether actions run on state changes; UNKNOWN when not recorded
 * @param alarmActions       ARNs notified or triggered on ALARM (SNS topics, Auto Scaling policies, ...)
 * @param treatMissingData   missing, notBreaching, breaching, ignore; null when not recorded
 */
public record MetricAlarm(String arn, String account, String region, String name, Map<String, String> tags,
                          String alarmName, String namespace, String metricName, String statistic,
                          String extendedStatistic, Map<String, String> dimensions, String comparisonOperator,
                          Double threshold, Integer period, Integer evaluationPeriods, Integer datapointsToAlarm,
                          Tri actionsEnabled, List<String> alarmActions, String treatMissingData,
                          List<AlarmMetric> metrics) implements Resource {
    public MetricAlarm {
        tags = Copy.map(tags);
        dimensions = Copy.map(dimensions);
        actionsEnabled = Copy.tri(actionsEnabled);
        alarmActions = Copy.list(alarmActions);
        metrics = Copy.list(metrics);
    }

    /** True for a metric-math alarm (a {@code metrics} list instead of a single metric). */
    public boolean metricMath() {
        return !metrics.isEmpty();
    }

    /** The expression whose result the alarm watches (ReturnData true, else the first expression); null when none. */
    public String expression() {
        String first = null;
        for (AlarmMetric m : metrics) {
            if (m.expression() != null) {
                if (m.returnData() == Tri.TRUE) {
                    return m.expression();
                }
                first = first == null ? m.expression() : first;
            }
        }
        return first;
    }

    /** The statistic as written: the extended statistic (p95) when set, else the statistic; null when neither. */
    public String stat() {
        return extendedStatistic != null ? extendedStatistic : statistic;
    }

    /** +1 for alarms on values above the threshold, -1 below, 0 otherwise (anomaly bands, unknown). */
    public int direction() {
        if (comparisonOperator == null) {
            return 0;
        }
        return switch (comparisonOperator) {
            case "GreaterThanThreshold", "GreaterThanOrEqualToThreshold" -> 1;
            case "LessThanThreshold", "LessThanOrEqualToThreshold" -> -1;
            default -> 0;
        };
    }

    /** True when the operator includes the threshold itself (>= or <=). */
    public boolean inclusive() {
        return comparisonOperator != null && comparisonOperator.toLowerCase(Locale.ROOT).contains("orequalto");
    }

    /**
     * The evaluation window in seconds: period x evaluation periods (metric-math alarms: the longest period of
     * their metrics); null when not recorded.
     */
    public Integer windowSeconds() {
        Integer p = period;
        if (p == null) {
            for (AlarmMetric m : metrics) {
                if (m.period() != null && (p == null || m.period() > p)) {
                    p = m.period();
                }
            }
        }
        return p == null || evaluationPeriods == null ? null : p * evaluationPeriods;
    }

    /** True when actions are enabled and at least one alarm action is set; UNKNOWN when not recorded. */
    public Tri acts() {
        if (actionsEnabled == Tri.FALSE) {
            return Tri.FALSE;
        }
        if (alarmActions.isEmpty()) {
            return Tri.FALSE;
        }
        return actionsEnabled;
    }

    @Override
    public String resourceType() {
        return "AWS::CloudWatch::Alarm";
    }
}
