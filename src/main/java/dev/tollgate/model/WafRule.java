package dev.tollgate.model;

import java.util.List;

/**
 * A rule of a WAFv2 web ACL, classified by its statement.
 *
 * @param kind        MANAGED_GROUP, RATE_BASED, GEO_MATCH, RULE_GROUP, OTHER
 * @param action      BLOCK, ALLOW, COUNT, CAPTCHA, CHALLENGE, or NONE/COUNT override for groups
 * @param managedName for MANAGED_GROUP: e.g. {@code AWSManagedRulesCommonRuleSet}
 * @param rateLimit   for RATE_BASED: requests per evaluation window
 * @param countries   for GEO_MATCH (or a rate rule scoped down by geo): country codes
 * @param negated     for GEO_MATCH: true when wrapped in a NOT statement (allow-list of countries)
 */
public record WafRule(String name, int priority, String kind, String action, String managedVendor,
                      String managedName, Long rateLimit, Long evaluationWindowSec, List<String> countries,
                      boolean negated) {
    public WafRule {
        countries = Copy.list(countries);
    }

    /** True when the rule only counts (managed group overridden to count, or action COUNT). */
    public boolean countOnly() {
        return "COUNT".equals(action);
    }
}
