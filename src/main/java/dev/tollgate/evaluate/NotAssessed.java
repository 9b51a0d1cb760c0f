package dev.tollgate.evaluate;

/**
 * A rule that could not be judged somewhere: its resource type was not collected in a scope, or a
 * resource lacked a setting the rule needs. Shown in reports as "not assessed", never as compliant.
 *
 * @param resourceArn the resource, or null when the whole scope could not be assessed
 */
public record NotAssessed(String ruleId, String account, String region, String resourceType, String resourceArn,
                          String reason) {
}
