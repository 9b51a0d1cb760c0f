package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Certificate;
import dev.tollgate.model.Resource;

import java.util.Map;

/** {@code AWS::ACM::Certificate}: DescribeCertificate's CertificateDetail in camelCase. */
public final class CertificateNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::ACM::Certificate";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String domain = Json.text(c, "domainName");
        return new Certificate(Items.arn(item, Json.text(c, "certificateArn")), Items.account(item), item.region(),
                tags.getOrDefault("Name", domain != null ? domain : item.displayName()), tags,
                domain, Json.text(c, "status"), Json.text(c, "type"), Json.instant(c, "notAfter"),
                Json.text(c, "keyAlgorithm"), Json.strings(c, "inUseBy"), Json.text(c, "renewalEligibility"));
    }
}
