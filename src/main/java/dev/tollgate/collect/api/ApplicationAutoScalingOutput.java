package dev.tollgate.collect.api;

import dev.tollgate.collect.InputException;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the two Application Auto Scaling readers share: the ARN's account and region, ECS resource ids. */
final class ApplicationAutoScalingOutput {
    /** arn:PARTITION:SERVICE:REGION:ACCOUNT:REST, for the services that own these ARNs. */
    private static final Pattern ARN = Pattern.compile(
            "arn:aws[a-z-]*:(application-autoscaling|autoscaling):([a-z]{2}(?:-[a-z]+)+-\\d+):(\\d{12}):(.+)");
    static final String ECS = "ecs";

    private ApplicationAutoScalingOutput() {
    }

    /** The account and region of an ARN: [account, region]. */
    static String[] accountAndRegion(Path file, String where, String arn) throws InputException {
        Matcher m = ARN.matcher(arn);
        if (!m.matches()) {
            throw new InputException(file, where + " is not an Application Auto Scaling ARN: \"" + ApiFields.shorten(arn) + "\"");
        }
        return new String[] {m.group(3), m.group(2)};
    }

    /** [cluster, service] of an ECS resource id {@code service/CLUSTER/SERVICE}; nulls for any other shape. */
    static String[] ecsClusterAndService(String namespace, String resourceId) {
        if (!ECS.equals(namespace) || resourceId == null) {
            return new String[] {null, null};
        }
        String[] parts = resourceId.split("/", -1);
        if (parts.length != 3 || !parts[0].equals("service") || parts[1].isEmpty() || parts[2].isEmpty()) {
            return new String[] {null, null};
        }
        return new String[] {parts[1], parts[2]};
    }
}
