package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.TargetGroup;
import dev.tollgate.model.Tri;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.tollgate.collect.api.ApiFields.array;
import static dev.tollgate.collect.api.ApiFields.bool;
import static dev.tollgate.collect.api.ApiFields.elements;
import static dev.tollgate.collect.api.ApiFields.integer;
import static dev.tollgate.collect.api.ApiFields.object;
import static dev.tollgate.collect.api.ApiFields.requiredText;
import static dev.tollgate.collect.api.ApiFields.shorten;
import static dev.tollgate.collect.api.ApiFields.text;

/**
 * {@code aws elbv2 describe-target-groups} output: {@code {"TargetGroups": [...]}}. Account and region come from
 * each TargetGroupArn; coverage is recorded for every account and region the output names. An empty output names
 * no account or region and records nothing (the target-group rules stay not assessed). The target group
 * attributes (stickiness, load-balancing algorithm) are not part of this output: they stay unknown unless the
 * Cloud Control listing of the groups ({@link CloudControlTargetGroupsReader}) is read too.
 */
public final class TargetGroupsReader implements ApiOutputReader {
    public static final String TYPE = "AWS::ElasticLoadBalancingV2::TargetGroup";
    /** arn:PARTITION:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID */
    private static final Pattern ARN = Pattern.compile(
            "arn:aws[a-z-]*:elasticloadbalancing:([a-z]{2}(?:-[a-z]+)+-\\d+):(\\d{12}):targetgroup/([^/]+)/[0-9a-f]+");

    @Override
    public boolean accepts(JsonNode root) {
        return root.isObject() && root.has("TargetGroups");
    }

    @Override
    public String command() {
        return "aws elbv2 describe-target-groups";
    }

    @Override
    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        Set<List<String>> scopes = new LinkedHashSet<>();
        List<JsonNode> groups = elements(file, root, "TargetGroups");
        for (int i = 0; i < groups.size(); i++) {
            JsonNode g = groups.get(i);
            String where = "TargetGroups[" + i + "]";
            TargetGroup tg = targetGroup(file, g, where, Map.of(), null, Tri.UNKNOWN);
            out.resource(tg, null);
            scopes.add(List.of(tg.account(), tg.region()));
        }
        for (List<String> s : scopes) {
            out.coverage(Coverage.collected(s.get(0), s.get(1), TYPE, "api:" + file.getFileName()));
        }
    }

    /**
     * The target group described by {@code g}: the fields of describe-target-groups, which the CloudFormation (Cloud
     * Control) model of the group names the same way. Account and region come from TargetGroupArn.
     */
    static TargetGroup targetGroup(Path file, JsonNode g, String where, Map<String, String> tags, String algorithm,
                                   Tri stickiness) throws InputException {
        String arn = requiredText(file, g, where, "TargetGroupArn", "");
        Matcher m = ARN.matcher(arn);
        if (!m.matches()) {
            throw new InputException(file, where + ".TargetGroupArn is not a target group ARN: \"" + shorten(arn) + "\"");
        }
        String region = m.group(1);
        String account = m.group(2);
        String name = text(file, g, where, "TargetGroupName");
        JsonNode matcher = object(file, g, where, "Matcher");
        String codes = matcher == null ? null : text(file, matcher, where + ".Matcher", "HttpCode");
        if (codes == null && matcher != null) {
            codes = text(file, matcher, where + ".Matcher", "GrpcCode");
        }
        List<String> lbs = new ArrayList<>();
        for (JsonNode lb : array(file, g, where, "LoadBalancerArns")) {
            if (!lb.isTextual()) {
                throw new InputException(file, where + ".LoadBalancerArns holds " + shorten(lb.toString())
                        + ", expected ARN strings");
            }
            lbs.add(lb.textValue());
        }
        return new TargetGroup(arn, account, region, name != null ? name : m.group(3), tags,
                text(file, g, where, "Protocol"), integer(file, g, where, "Port"), text(file, g, where, "VpcId"),
                text(file, g, where, "TargetType"), bool(file, g, where, "HealthCheckEnabled"),
                text(file, g, where, "HealthCheckProtocol"), text(file, g, where, "HealthCheckPort"),
                text(file, g, where, "HealthCheckPath"), integer(file, g, where, "HealthCheckIntervalSeconds"),
                integer(file, g, where, "HealthCheckTimeoutSeconds"),
                integer(file, g, where, "HealthyThresholdCount"),
                integer(file, g, where, "UnhealthyThresholdCount"), codes, lbs, algorithm, stickiness);
    }
}
