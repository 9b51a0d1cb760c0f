package dev.tollgate.evaluate;

import java.util.List;

/**
 * A rule's catalogue entry, read from its DRL annotations.
 *
 * @param id           permanent id (never renamed or reused), e.g. {@code TG-NET-001}
 * @param resourceType the AWS type the findings name
 * @param requires     resource types the rule needs collected to be assessed (defaults to resourceType)
 * @param source       DRL file (relative name) the rule came from
 */
public record RuleMeta(String id, String name, String title, Severity severity, String resourceType,
                       List<String> requires, String description, String remediation, String source) {
    public RuleMeta {
        requires = requires == null ? List.of() : List.copyOf(requires);
    }
}
