package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.AppScalingPolicy;
import dev.tollgate.model.AppScalingStep;
import dev.tollgate.model.Tri;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.tollgate.collect.api.ApplicationAutoScalingOutput.ECS;

/**
 * {@code aws application-autoscaling describe-scaling-policies --service-namespace ecs} output:
 * {@code {"ScalingPolicies": [...]}}. Account and region come from each {@code PolicyARN}
 * ({@code arn:aws:autoscaling:REGION:ACCOUNT:scalingPolicy:ID:resource/ecs/service/CLUSTER/SERVICE:policyName/NAME});
 * a policy without one is an input error. Coverage is recorded, as for the scalable targets, for every account and
 * region of an ECS policy; an empty listing records nothing. Target tracking, step and predictive policies are read;
 * a customized target-tracking metric keeps its metric name ("metric math" when it combines several metrics).
 */
public final class ApplicationAutoScalingPoliciesReader implements ApiOutputReader {
    static final String METRIC_MATH = "metric math";

    @Override
    public boolean accepts(JsonNode root) {
        return root.isObject() && root.has("ScalingPolicies");
    }

    @Override
    public String command() {
        return "aws application-autoscaling describe-scaling-policies";
    }

    @Override
    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        String source = "api:" + file.getFileName();
        int i = 0;
        for (JsonNode p : ApiFields.elements(file, root, "ScalingPolicies")) {
            String where = "ScalingPolicies[" + i++ + "]";
            String policyName = ApiFields.requiredText(file, p, where, "PolicyName", "");
            where = where + " (" + ApiFields.shorten(policyName) + ")";
            String arn = ApiFields.requiredText(file, p, where, "PolicyARN",
                    ", so its account and region are unknown");
            String[] ar = ApplicationAutoScalingOutput.accountAndRegion(file, where + ".PolicyARN", arn);
            String namespace = ApiFields.text(file, p, where, "ServiceNamespace");
            String resourceId = ApiFields.text(file, p, where, "ResourceId");
            String[] ecs = ApplicationAutoScalingOutput.ecsClusterAndService(namespace, resourceId);

            String tw = where + ".TargetTrackingScalingPolicyConfiguration";
            JsonNode tt = ApiFields.object(file, p, where, "TargetTrackingScalingPolicyConfiguration");
            Double targetValue = ApiFields.number(file, tt, tw, "TargetValue");
            JsonNode predefined = ApiFields.object(file, tt, tw, "PredefinedMetricSpecification");
            String predefinedType = ApiFields.text(file, predefined,
                    tw + ".PredefinedMetricSpecification", "PredefinedMetricType");
            JsonNode custom = ApiFields.object(file, tt, tw, "CustomizedMetricSpecification");
            String customName = null;
            if (custom != null) {
                String cw = tw + ".CustomizedMetricSpecification";
                customName = ApiFields.text(file, custom, cw, "MetricName");
                if (customName == null && !ApiFields.array(file, custom, cw, "Metrics").isEmpty()) {
                    customName = METRIC_MATH;
                }
            }
            Integer scaleIn = ApiFields.integer(file, tt, tw, "ScaleInCooldown");
            Integer scaleOut = ApiFields.integer(file, tt, tw, "ScaleOutCooldown");
            Tri disableScaleIn = ApiFields.bool(file, tt, tw, "DisableScaleIn");

            String sw = where + ".StepScalingPolicyConfiguration";
            JsonNode step = ApiFields.object(file, p, where, "StepScalingPolicyConfiguration");
            List<AppScalingStep> steps = new ArrayList<>();
            int s = 0;
            for (JsonNode a : ApiFields.array(file, step, sw, "StepAdjustments")) {
                String aw = sw + ".StepAdjustments[" + s++ + "]";
                if (!a.isObject()) {
                    throw new InputException(file, aw + " must be an object");
                }
                steps.add(new AppScalingStep(ApiFields.number(file, a, aw, "MetricIntervalLowerBound"),
                        ApiFields.number(file, a, aw, "MetricIntervalUpperBound"),
                        ApiFields.integer(file, a, aw, "ScalingAdjustment")));
            }
            List<String> alarms = new ArrayList<>();
            int k = 0;
            for (JsonNode a : ApiFields.array(file, p, where, "Alarms")) {
                String aw = where + ".Alarms[" + k++ + "]";
                if (!a.isObject()) {
                    throw new InputException(file, aw + " must be an object");
                }
                String alarm = ApiFields.text(file, a, aw, "AlarmName");
                if (alarm != null) {
                    alarms.add(alarm);
                }
            }
            out.resource(new AppScalingPolicy(arn, ar[0], ar[1], policyName, Map.of(), policyName,
                    ApiFields.text(file, p, where, "PolicyType"), namespace, resourceId,
                    ApiFields.text(file, p, where, "ScalableDimension"), ecs[0], ecs[1],
                    targetValue, predefinedType, customName, scaleIn, scaleOut, disableScaleIn,
                    ApiFields.text(file, step, sw, "AdjustmentType"),
                    ApiFields.integer(file, step, sw, "Cooldown"), steps, alarms), null);
            if (ECS.equals(namespace)) {
                out.coverage(Coverage.collected(ar[0], ar[1], AppScalingPolicy.TYPE, source));
            }
        }
    }
}
