package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * @param viewerProtocolPolicies the default behaviour's policy first, then each cache behaviour's
 *                               ({@code allow-all}, {@code redirect-to-https}, {@code https-only})
 * @param minimumProtocolVersion viewer certificate minimum, e.g. {@code TLSv1.2_2021}; null when the
 *                               default CloudFront certificate is used (which allows TLSv1)
 * @param webAclId               associated WAF web ACL (ARN for WAFv2), null when none
 * @param originProtocolPolicies custom origins' protocol policies ({@code http-only}, {@code match-viewer}, {@code https-only})
 * @param originDomainNames      every origin's domain name (lower case, no trailing dot), S3 and custom origins alike
 * @param compress               the default cache behaviour's "compress objects automatically" setting
 * @param cachePolicyId          the default cache behaviour's cache policy id; null for the legacy cache settings
 * @param defaultTtl             the default cache behaviour's legacy {@code DefaultTTL} in seconds (ignored by CloudFront
 *                               when a cache policy is attached); null when not recorded
 * @param maxTtl                 the default cache behaviour's legacy {@code MaxTTL} in seconds (same caveat)
 */
public record CloudFrontDistribution(String arn, String account, String region, String name, Map<String, String> tags,
                                     String distributionId, String domainName, List<String> aliases, boolean enabled,
                                     List<String> viewerProtocolPolicies, String minimumProtocolVersion,
                                     boolean defaultCertificate, String webAclId, String httpVersion,
                                     List<String> originProtocolPolicies, Tri logging, String priceClass,
                                     String geoRestrictionType, List<String> geoRestrictionLocations,
                                     List<String> originDomainNames, Tri compress, String cachePolicyId,
                                     Long defaultTtl, Long maxTtl) implements Resource {
    /**
     * AWS managed cache policies whose TTLs AWS documents (Amazon CloudFront Developer Guide, "Use managed cache
     * policies"): id to {default TTL, maximum TTL} in seconds.
     */
    private static final Map<String, long[]> MANAGED_POLICY_TTLS = Map.of(
            "658327ea-f89d-4fab-a63d-7e88639e58f6", new long[]{86400L, 31536000L},   // CachingOptimized
            "b2884449-e4de-46a7-ac36-70bc7f1ddd6d", new long[]{86400L, 31536000L},   // CachingOptimizedForUncompressedObjects
            "4135ea2d-6df8-44a3-9df3-4b5a84be39ad", new long[]{0L, 0L});             // CachingDisabled

    public CloudFrontDistribution {
        tags = Copy.map(tags);
        aliases = Copy.list(aliases);
        viewerProtocolPolicies = Copy.list(viewerProtocolPolicies);
        originProtocolPolicies = Copy.list(originProtocolPolicies);
        logging = Copy.tri(logging);
        geoRestrictionLocations = Copy.list(geoRestrictionLocations);
        originDomainNames = Copy.list(originDomainNames);
        compress = Copy.tri(compress);
    }

    /**
     * The default TTL CloudFront applies to the default cache behaviour: the attached AWS managed cache policy's, the
     * legacy DefaultTTL when no cache policy is attached, null when unknown (a customer-managed cache policy, whose
     * TTLs AWS Config does not record with the distribution).
     */
    public Long effectiveDefaultTtl() {
        return effectiveTtl(0, defaultTtl);
    }

    /** The maximum TTL of the default cache behaviour, resolved as {@link #effectiveDefaultTtl()}. */
    public Long effectiveMaxTtl() {
        return effectiveTtl(1, maxTtl);
    }

    private Long effectiveTtl(int index, Long legacy) {
        if (cachePolicyId == null || cachePolicyId.isBlank()) {
            return legacy;
        }
        long[] ttls = MANAGED_POLICY_TTLS.get(cachePolicyId);
        return ttls == null ? null : ttls[index];
    }

    @Override
    public String resourceType() {
        return "AWS::CloudFront::Distribution";
    }
}
