package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.ScalableTarget;
import dev.tollgate.model.Tri;

import java.nio.file.Path;
import java.util.Map;

import static dev.tollgate.collect.api.ApplicationAutoScalingOutput.ECS;

/**
 * {@code aws application-autoscaling describe-scalable-targets --service-namespace ecs} output:
 * {@code {"ScalableTargets": [...]}}. Account and region come from each target's {@code ScalableTargetARN}
 * ({@code arn:aws:application-autoscaling:REGION:ACCOUNT:scalable-target/ID}); a target without one (outputs of
 * AWS CLI/SDK versions from before AWS added the field) is an input error, since nothing else in the output names
 * the region. Coverage is recorded for every account and region of an ECS target: the command lists one namespace
 * of one region, so an ECS listing shows which services have no target; targets of other namespaces are read but
 * record no coverage. An empty listing names no account or region and so records nothing (not assessed).
 * A listing with a {@code NextToken} is one page only and is refused.
 */
public final class ApplicationAutoScalingTargetsReader implements ApiOutputReader {
    @Override
    public boolean accepts(JsonNode root) {
        return root.isObject() && root.has("ScalableTargets");
    }

    @Override
    public String command() {
        return "aws application-autoscaling describe-scalable-targets";
    }

    @Override
    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        String source = "api:" + file.getFileName();
        int i = 0;
        for (JsonNode t : ApiFields.elements(file, root, "ScalableTargets")) {
            String where = "ScalableTargets[" + i++ + "]";
            String resourceId = ApiFields.requiredText(file, t, where, "ResourceId", "");
            where = where + " (" + ApiFields.shorten(resourceId) + ")";
            String arn = ApiFields.requiredText(file, t, where, "ScalableTargetARN",
                    ", so its account and region are unknown: produce the file with a current AWS CLI, which returns it");
            String[] ar = ApplicationAutoScalingOutput.accountAndRegion(file, where + ".ScalableTargetARN", arn);
            String namespace = ApiFields.text(file, t, where, "ServiceNamespace");
            String[] ecs = ApplicationAutoScalingOutput.ecsClusterAndService(namespace, resourceId);
            JsonNode suspended = ApiFields.object(file, t, where, "SuspendedState");
            String sw = where + ".SuspendedState";
            Tri in = ApiFields.bool(file, suspended, sw, "DynamicScalingInSuspended");
            Tri outSuspended = ApiFields.bool(file, suspended, sw, "DynamicScalingOutSuspended");
            Tri scheduled = ApiFields.bool(file, suspended, sw, "ScheduledScalingSuspended");
            out.resource(new ScalableTarget(arn, ar[0], ar[1], resourceId, Map.of(), namespace, resourceId,
                    ApiFields.text(file, t, where, "ScalableDimension"), ecs[0], ecs[1],
                    ApiFields.integer(file, t, where, "MinCapacity"),
                    ApiFields.integer(file, t, where, "MaxCapacity"), in, outSuspended, scheduled,
                    ApiFields.text(file, t, where, "RoleARN")), null);
            if (ECS.equals(namespace)) {
                out.coverage(Coverage.collected(ar[0], ar[1], ScalableTarget.TYPE, source));
            }
        }
    }
}
