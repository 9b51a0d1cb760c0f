package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.AlarmMetric;
import dev.tollgate.model.MetricAlarm;
import dev.tollgate.model.Resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::CloudWatch::Alarm}: the camelCase DescribeAlarms {@code MetricAlarm} shape ({@code alarmName},
 * {@code dimensions[].name/value}, {@code alarmActions}, {@code okactions}) or the PascalCase CloudFormation shape.
 * Metric-math alarms keep their {@code metrics[]} (id, expression, {@code metricStat.metric} namespace/name/dimensions,
 * {@code metricStat.stat}, {@code metricStat.period}, returnData). The threshold arrives as a number or a numeric
 * string.
 */
public final class MetricAlarmNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::CloudWatch::Alarm";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String alarmName = Json.text(c, "alarmName");
        if (alarmName == null) {
            alarmName = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        List<AlarmMetric> metrics = new ArrayList<>();
        for (JsonNode m : Json.array(c, "metrics")) {
            JsonNode stat = Json.get(m, "metricStat");
            JsonNode metric = Json.get(stat, "metric");
            metrics.add(new AlarmMetric(Json.text(m, "id"), Json.text(m, "expression"),
                    Json.text(metric, "namespace"), Json.text(metric, "metricName"),
                    dimensions(Json.get(metric, "dimensions")), Json.text(stat, "stat"),
                    Json.integer(Json.present(Json.get(stat, "period")) ? stat : m, "period"),
                    Json.tri(m, "returnData")));
        }
        return new MetricAlarm(Items.arn(item, Json.text(c, "alarmArn")), Items.account(item), item.region(),
                alarmName, tags, alarmName, Json.text(c, "namespace"), Json.text(c, "metricName"),
                Json.text(c, "statistic"), Json.text(c, "extendedStatistic"), dimensions(Json.get(c, "dimensions")),
                Json.text(c, "comparisonOperator"), number(Json.get(c, "threshold")), Json.integer(c, "period"),
                Json.integer(c, "evaluationPeriods"), Json.integer(c, "datapointsToAlarm"),
                Json.tri(c, "actionsEnabled"), Json.strings(c, "alarmActions"), Json.text(c, "treatMissingData"),
                metrics);
    }

    /** {@code [{name, value}]} (or a plain map) as a map. */
    static Map<String, String> dimensions(JsonNode v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v.isArray()) {
            for (JsonNode d : v) {
                JsonNode e = Json.decode(d);
                String n = Json.text(e, "name");
                if (n != null) {
                    String val = Json.text(e, "value");
                    out.put(n, val == null ? "" : val);
                }
            }
        } else if (v.isObject()) {
            v.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    private static Double number(JsonNode v) {
        if (!Json.present(v) || v.isContainerNode()) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        try {
            double d = Double.parseDouble(v.asText().trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

}
