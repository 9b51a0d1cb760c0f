package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Secret;
import dev.tollgate.model.Tri;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code AWS::SecretsManager::Secret}: DescribeSecret in PascalCase ({@code ARN}, {@code KMSKeyId},
 * {@code RotationEnabled}, {@code RotationRules}). DescribeSecret leaves {@code RotationEnabled} out for a secret
 * that was never configured for rotation, so its absence is FALSE when no rotation rules or function are
 * recorded either, and UNKNOWN when they are (the item is then ambiguous).
 */
public final class SecretNormalizer implements ItemNormalizer {
    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d+)\\s+(day|days|hour|hours)\\s*\\)");

    @Override
    public String resourceType() {
        return "AWS::SecretsManager::Secret";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        JsonNode rules = Json.get(c, "RotationRules");
        Tri rotation = Json.tri(c, "RotationEnabled");
        if (!Json.present(Json.get(c, "RotationEnabled"))) {
            boolean hints = Json.present(rules) || Json.text(c, "RotationLambdaARN") != null;
            rotation = hints ? Tri.UNKNOWN : Tri.FALSE;
        }
        String name = Json.text(c, "Name");
        if (name == null) {
            name = item.displayName();
        }
        return new Secret(Items.arn(item, Json.text(c, "ARN")), Items.account(item), item.region(),
                tags.getOrDefault("Name", name), tags, rotation, rotationDays(rules),
                Json.instant(c, "LastRotatedDate"), Json.instant(c, "LastAccessedDate"), Json.text(c, "KmsKeyId"));
    }

    /** AutomaticallyAfterDays, else a {@code rate(N days|hours)} schedule in days (rounded up); null for cron. */
    static Integer rotationDays(JsonNode rules) {
        Integer days = Json.integer(rules, "AutomaticallyAfterDays");
        if (days != null) {
            return days;
        }
        String expr = Json.text(rules, "ScheduleExpression", "RotationScheduleExpression");
        if (expr != null) {
            Matcher m = RATE.matcher(expr.trim().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                return m.group(2).startsWith("day") ? n : (n + 23) / 24;
            }
        }
        return null;
    }
}
