package dev.tollgate.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An ACM certificate. */
public record Certificate(String arn, String account, String region, String name, Map<String, String> tags,
                          String domainName, String status, String type, Instant notAfter, String keyAlgorithm,
                          List<String> inUseBy, String renewalEligibility) implements Resource {
    public Certificate {
        tags = Copy.map(tags);
        inUseBy = Copy.list(inUseBy);
    }

    @Override
    public String resourceType() {
        return "AWS::ACM::Certificate";
    }
}
