package dev.tollgate.model;

import java.util.List;
import java.util.Map;

public record Listener(String arn, String account, String region, String name, Map<String, String> tags,
                       String loadBalancerArn, int port, String protocol, String sslPolicy,
                       List<String> certificateArns, List<ListenerAction> defaultActions) implements Resource {
    public Listener {
        tags = Copy.map(tags);
        certificateArns = Copy.list(certificateArns);
        defaultActions = Copy.list(defaultActions);
    }

    /** True for HTTPS and TLS listeners. */
    public boolean encrypted() {
        return "HTTPS".equals(protocol) || "TLS".equals(protocol);
    }

    public boolean redirectsToHttps() {
        return !defaultActions.isEmpty() && defaultActions.stream().allMatch(ListenerAction::redirectsToHttps);
    }

    @Override
    public String resourceType() {
        return "AWS::ElasticLoadBalancingV2::Listener";
    }
}
