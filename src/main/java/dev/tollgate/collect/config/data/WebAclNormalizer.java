package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;
import dev.tollgate.model.WafRule;
import dev.tollgate.model.WebAcl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code AWS::WAFv2::WebACL}: GetWebACL's WebACL (camelCase in Config, PascalCase in the API docs; both read).
 * Actions are objects with one non-null member ({@code {"block": {}, "allow": null}}); the member's name,
 * upper-cased, is the action. Scope comes from the ARN ({@code :global/webacl/} is CLOUDFRONT).
 * Logging and associations are not part of the item: UNKNOWN / empty unless a supplementary value says so.
 */
public final class WebAclNormalizer implements ItemNormalizer {
    private static final String[] RULE_ACTIONS = {"block", "allow", "count", "captcha", "challenge"};

    @Override
    public String resourceType() {
        return "AWS::WAFv2::WebACL";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String arn = Items.arn(item, Json.text(c, "arn"));
        String name = Json.text(c, "name");
        if (name == null) {
            name = item.displayName();
        }
        List<WafRule> rules = new ArrayList<>();
        for (JsonNode r : Json.array(c, "rules")) {
            rules.add(rule(r));
        }
        List<String> associated = Json.strings(c, "associatedResourceArns", "resourceArns");
        JsonNode assocSupp = item.supplementary("AssociatedResources");
        if (associated.isEmpty() && Json.present(assocSupp)) {
            associated = assocSupp.isObject() ? Json.strings(assocSupp, "resourceArns")
                    : Items.pluck(Items.holder(assocSupp), "resourceArn", "list");
        }
        return new WebAcl(arn, Items.account(item), item.region(), tags.getOrDefault("Name", name), tags,
                Json.text(c, "id") != null ? Json.text(c, "id") : item.resourceId(),
                scope(arn, c), Items.presentKey(Json.get(c, "defaultAction"), "allow", "block"),
                rules, associated, logging(item, c));
    }

    static String scope(String arn, JsonNode c) {
        if (arn != null) {
            String a = arn.toLowerCase(Locale.ROOT);
            if (a.contains(":global/") || a.contains("/global/")) {
                return "CLOUDFRONT";
            }
            if (a.contains(":regional/") || a.contains("/regional/")) {
                return "REGIONAL";
            }
        }
        String s = Json.text(c, "scope");
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** A recorded logging configuration with destinations is on; one without is off; none recorded is UNKNOWN. */
    private static Tri logging(ConfigItem item, JsonNode c) {
        JsonNode lc = item.supplementary("LoggingConfiguration");
        boolean recorded = lc != null;
        if (!recorded) {
            lc = Json.get(c, "loggingConfiguration");
            recorded = !lc.isMissingNode();
        }
        if (!recorded) {
            return Tri.UNKNOWN;
        }
        if (!Json.present(lc)) {
            return Tri.FALSE;
        }
        return Json.strings(lc, "logDestinationConfigs").isEmpty() ? Tri.FALSE : Tri.TRUE;
    }

    static WafRule rule(JsonNode r) {
        String name = Json.text(r, "name");
        Integer priority = Json.integer(r, "priority");
        JsonNode st = Json.get(r, "statement");
        String ruleAction = Items.presentKey(Json.get(r, "action"), RULE_ACTIONS);
        String override = Items.presentKey(Json.get(r, "overrideAction"), "count", "none");
        int prio = priority == null ? 0 : priority;

        JsonNode managed = Json.get(st, "managedRuleGroupStatement");
        if (Json.present(managed)) {
            return new WafRule(name, prio, "MANAGED_GROUP", override, Json.text(managed, "vendorName"),
                    Json.text(managed, "name"), null, null, List.of(), false);
        }
        JsonNode rate = Json.get(st, "rateBasedStatement");
        if (Json.present(rate)) {
            Long window = Json.longValue(rate, "evaluationWindowSec");
            JsonNode scopeDown = Json.get(rate, "scopeDownStatement");
            List<String> countries = List.of();
            boolean negated = false;
            JsonNode geo = Json.get(scopeDown, "geoMatchStatement");
            JsonNode notGeo = Json.path(scopeDown, "notStatement", "statement", "geoMatchStatement");
            if (Json.present(geo)) {
                countries = Json.strings(geo, "countryCodes");
            } else if (Json.present(notGeo)) {
                countries = Json.strings(notGeo, "countryCodes");
                negated = true;
            }
            return new WafRule(name, prio, "RATE_BASED", ruleAction, null, null, Json.longValue(rate, "limit"),
                    window == null ? 300L : window, countries, negated);
        }
        JsonNode geo = Json.get(st, "geoMatchStatement");
        if (Json.present(geo)) {
            return new WafRule(name, prio, "GEO_MATCH", ruleAction, null, null, null, null,
                    Json.strings(geo, "countryCodes"), false);
        }
        JsonNode notGeo = Json.path(st, "notStatement", "statement", "geoMatchStatement");
        if (Json.present(notGeo)) {
            return new WafRule(name, prio, "GEO_MATCH", ruleAction, null, null, null, null,
                    Json.strings(notGeo, "countryCodes"), true);
        }
        if (Json.present(Json.get(st, "ruleGroupReferenceStatement"))) {
            return new WafRule(name, prio, "RULE_GROUP", override, null, null, null, null, List.of(), false);
        }
        return new WafRule(name, prio, "OTHER", ruleAction, null, null, null, null, List.of(), false);
    }
}
