package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.CloudFrontDistribution;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::CloudFront::Distribution}: GetDistribution in camelCase with the SDK's {quantity, items}
 * list wrappers under {@code distributionConfig}. A global resource: region {@code global}.
 */
public final class CloudFrontDistributionNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::CloudFront::Distribution";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        JsonNode dc = Json.get(c, "distributionConfig");
        if (!dc.isObject()) {
            throw new ItemException("AWS::CloudFront::Distribution " + item.resourceId() + ": no distributionConfig");
        }
        Map<String, String> tags = Items.tags(item, c);
        String id = Json.text(c, "id");
        if (id == null) {
            id = item.resourceId();
        }
        String account = Items.account(item);
        String arn = Items.arn(item, Json.text(c, "arn") != null ? Json.text(c, "arn")
                : "arn:aws:cloudfront::" + account + ":distribution/" + id);

        List<String> viewerPolicies = new ArrayList<>();
        String dflt = Json.text(Json.get(dc, "defaultCacheBehavior"), "viewerProtocolPolicy");
        if (dflt != null) {
            viewerPolicies.add(dflt);
        }
        for (JsonNode b : Items.items(Json.get(dc, "cacheBehaviors"))) {
            String p = Json.text(b, "viewerProtocolPolicy");
            if (p != null) {
                viewerPolicies.add(p);
            }
        }
        JsonNode cert = Json.get(dc, "viewerCertificate");
        boolean defaultCert = Json.tri(cert, "cloudFrontDefaultCertificate") == Tri.TRUE
                || "cloudfront".equalsIgnoreCase(Json.text(cert, "certificateSource"));
        List<String> originPolicies = new ArrayList<>();
        List<String> originDomains = new ArrayList<>();
        for (JsonNode o : Items.items(Json.get(dc, "origins"))) {
            String p = Json.text(Json.get(o, "customOriginConfig"), "originProtocolPolicy");
            if (p != null) {
                originPolicies.add(p);
            }
            String domain = Json.text(o, "domainName");
            if (domain != null) {
                originDomains.add(dnsName(domain));
            }
        }
        // Legacy TTLs are kept as recorded; with a cache policy attached CloudFront ignores them (the model resolves
        // the effective TTLs of AWS managed policies).
        JsonNode dcb = Json.get(dc, "defaultCacheBehavior");
        JsonNode geo = Json.path(dc, "restrictions", "geoRestriction");
        return new CloudFrontDistribution(arn, account, "global", Items.name(item, tags), tags,
                id, Json.text(c, "domainName"), Items.itemStrings(Json.get(dc, "aliases")),
                Json.tri(dc, "enabled") == Tri.TRUE, viewerPolicies,
                defaultCert ? null : Json.text(cert, "minimumProtocolVersion"), defaultCert,
                Json.text(dc, "webACLId"), Json.text(dc, "httpVersion"), originPolicies,
                Json.tri(Json.get(dc, "logging"), "enabled"), Json.text(dc, "priceClass"),
                Json.text(geo, "restrictionType"), Items.itemStrings(geo),
                originDomains, Json.tri(dcb, "compress"), Json.text(dcb, "cachePolicyId"),
                Json.longValue(dcb, "defaultTTL"), Json.longValue(dcb, "maxTTL"));
    }

    /** Lower case, without a trailing dot. */
    static String dnsName(String raw) {
        String d = raw.trim().toLowerCase(java.util.Locale.ROOT);
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }
}
