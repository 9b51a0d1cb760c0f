package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * A Route 53 resource record set of a hosted zone ({@code aws route53 list-resource-record-sets}). AWS Config does
 * not record record sets and record sets have no ARN: {@code arn} is a stable pseudo ARN
 * {@code arn:aws:route53:::hostedzone/ZONE/recordset/NAME/TYPE[/SET-IDENTIFIER]} (ZONE the hosted zone id when
 * known, else the zone name). Region {@code global}.
 *
 * @param zoneName         the hosted zone's name (lower case, no trailing dot), e.g. {@code shopflow.io}
 * @param hostedZoneId     the hosted zone id (e.g. {@code Z0123456789ABCDEFGHIJ}); null when the input did not say
 * @param recordName       the record's name, lower case, without the trailing dot, {@code \052} decoded to {@code *}
 * @param type             A, AAAA, CNAME, NS, SOA, MX, TXT, ...
 * @param aliasDnsName     alias target DNS name (lower case, no trailing dot); null for a non-alias record
 * @param aliasHostedZoneId alias target's hosted zone id (e.g. {@code Z2FDTNDATAQYW2} for CloudFront); null when none
 * @param ttl              TTL in seconds; null for alias records
 * @param values           the record's values (CNAME targets lower case without the trailing dot)
 * @param setIdentifier    routing policy set identifier (weighted, latency, failover ...); null for simple routing
 */
public record Route53RecordSet(String arn, String account, String region, String name, Map<String, String> tags,
                               String zoneName, String hostedZoneId, String recordName, String type,
                               String aliasDnsName, String aliasHostedZoneId, Long ttl, List<String> values,
                               String setIdentifier) implements Resource {
    public Route53RecordSet {
        tags = Copy.map(tags);
        values = Copy.list(values);
    }

    /**
     * The DNS name this record sends clients to: the alias target, or the single CNAME value; null for other
     * records. Lower case, without the trailing dot and without the {@code dualstack.} prefix of ELB alias targets.
     */
    public String target() {
        String t = aliasDnsName != null ? aliasDnsName : "CNAME".equals(type) && values.size() == 1 ? values.get(0) : null;
        if (t == null) {
            return null;
        }
        t = t.toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.startsWith("dualstack.") ? t.substring("dualstack.".length()) : t;
    }

    @Override
    public String resourceType() {
        return "AWS::Route53::RecordSet";
    }
}
