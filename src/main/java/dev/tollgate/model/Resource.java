package dev.tollgate.model;

import java.util.Map;

/** Every resource fact: identity first, so findings and coverage can name it. */
public interface Resource {
    /** The ARN, or for resources without one a stable ARN-like identifier. */
    String arn();

    /** 12-digit account id. */
    String account();

    /** AWS region, or {@code global} for global services (IAM, CloudFront). */
    String region();

    /** Human name (resource name, or id when there is none). */
    String name();

    Map<String, String> tags();

    /** The AWS resource type, e.g. {@code AWS::EC2::SecurityGroup}. */
    String resourceType();
}
