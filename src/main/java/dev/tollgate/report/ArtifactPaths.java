package dev.tollgate.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Stable relative pseudo paths for AWS resources, used as SARIF artifact locations:
 * {@code <partition>/<account>/<region>/<service>/<resource segments>}, e.g.
 * {@code arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1} becomes
 * {@code aws/123456789012/eu-west-1/ec2/security-group/sg-1}.
 * The resource part is split on {@code /} and {@code :}; every segment is percent-encoded (RFC 3986, only
 * unreserved characters kept), so the result is always a valid relative URI reference.
 * Account and region missing from the ARN (S3, IAM) come from the finding, else {@code _}.
 */
final class ArtifactPaths {
    private static final String NONE = "_";

    private ArtifactPaths() {
    }

    static String of(String arn, String account, String region) {
        String[] p = arn == null ? new String[0] : arn.split(":", 6);
        if (p.length < 6 || !p[0].equals("arn")) {
            return "unknown/" + segment(arn == null ? "" : arn);
        }
        List<String> segments = new ArrayList<>(List.of(
                segment(p[1]), segment(or(p[4], account)), segment(or(p[3], region)), segment(p[2])));
        for (String part : p[5].split("[/:]", -1)) {
            segments.add(segment(part));
        }
        return String.join("/", segments);
    }

    private static String or(String fromArn, String fallback) {
        return fromArn.isEmpty() && fallback != null ? fallback : fromArn;
    }

    /** One percent-encoded path segment; never empty, never a dot segment. */
    static String segment(String raw) {
        if (raw.isEmpty()) {
            return NONE;
        }
        StringBuilder out = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isUnreserved(c) && !(c == '.' && raw.chars().allMatch(ch -> ch == '.'))) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
