package dev.tollgate.model;

import java.util.Map;

/**
 * The account password policy. {@code present == false} means the account has none (AWS defaults apply).
 * Its ARN is the account root ARN, so findings name the account.
 */
public record PasswordPolicy(String arn, String account, String region, String name, Map<String, String> tags,
                             boolean present, Integer minimumLength, Tri requireSymbols, Tri requireNumbers,
                             Tri requireUppercase, Tri requireLowercase, Tri allowUsersToChange,
                             Integer maxAgeDays, Integer reusePrevention, Tri hardExpiry) implements Resource {
    public PasswordPolicy {
        tags = Copy.map(tags);
        requireSymbols = Copy.tri(requireSymbols);
        requireNumbers = Copy.tri(requireNumbers);
        requireUppercase = Copy.tri(requireUppercase);
        requireLowercase = Copy.tri(requireLowercase);
        allowUsersToChange = Copy.tri(allowUsersToChange);
        hardExpiry = Copy.tri(hardExpiry);
    }

    @Override
    public String resourceType() {
        return "AWS::IAM::AccountPasswordPolicy";
    }
}
