package dev.tollgate.evaluate;

import java.util.Map;

/**
 * One failed check on one resource. Evidence values are already redacted: no secret leaves the engine.
 */
public record Finding(String ruleId, Severity severity, String title, String resourceArn, String resourceType,
                      String resourceName, String account, String region, String message,
                      Map<String, String> evidence) {
    public Finding {
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }
}
