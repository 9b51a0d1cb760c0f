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
 */
public record CloudFrontDistribution(String arn, String account, String region, String name, Map<String, String> tags,
                                     String distributionId, String domainName, List<String> aliases, boolean enabled,
                                     List<String> viewerProtocolPolicies, String minimumProtocolVersion,
                                     boolean defaultCertificate, String webAclId, String httpVersion,
                                     List<String> originProtocolPolicies, Tri logging, String priceClass,
                                     String geoRestrictionType, List<String> geoRestrictionLocations) implements Resource {
    public CloudFrontDistribution {
        tags = Copy.map(tags);
        aliases = Copy.list(aliases);
        viewerProtocolPolicies = Copy.list(viewerProtocolPolicies);
        originProtocolPolicies = Copy.list(originProtocolPolicies);
        logging = Copy.tri(logging);
        geoRestrictionLocations = Copy.list(geoRestrictionLocations);
    }

    @Override
    public String resourceType() {
        return "AWS::CloudFront::Distribution";
    }
}
