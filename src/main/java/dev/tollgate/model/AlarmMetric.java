package dev.tollgate.model;

import java.util.Map;

/**
 * One entry of a metric-math alarm's {@code Metrics} list: a metric query ({@code namespace}, {@code metricName},
 * {@code dimensions}, {@code stat}, {@code period}) or an expression ({@code expression}, e.g. {@code 100*m1/m2}).
 */
public record AlarmMetric(String id, String expression, String namespace, String metricName,
                          Map<String, String> dimensions, String stat, Integer period, Tri returnData) {
    public AlarmMetric {
        dimensions = Copy.map(dimensions);
        returnData = Copy.tri(returnData);
    }
}
