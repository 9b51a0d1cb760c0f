package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/** A WAFv2 web ACL; scope REGIONAL or CLOUDFRONT. */
public record WebAcl(String arn, String account, String region, String name, Map<String, String> tags,
                     String webAclId, String scope, String defaultAction, List<WafRule> rules,
                     List<String> associatedResourceArns, Tri logging) implements Resource {
    public WebAcl {
        tags = Copy.map(tags);
        rules = Copy.list(rules);
        associatedResourceArns = Copy.list(associatedResourceArns);
        logging = Copy.tri(logging);
    }

    public boolean hasManagedGroup(String managedName) {
        return rules.stream().anyMatch(r -> "MANAGED_GROUP".equals(r.kind()) && managedName.equals(r.managedName())
                && !r.countOnly());
    }

    @Override
    public String resourceType() {
        return "AWS::WAFv2::WebACL";
    }
}
