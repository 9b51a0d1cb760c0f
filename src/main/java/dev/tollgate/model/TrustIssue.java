package dev.tollgate.model;

/**
 * Derived fact: a weakness in a role's trust policy.
 *
 * @param kind      {@code any-principal} (Principal "*" without a limiting condition), {@code cross-account-no-external-id}
 *                  (another account may assume it and no sts:ExternalId is required), {@code web-identity-no-audience},
 *                  {@code web-identity-no-subject} (an OIDC provider's tokens are accepted without checking the
 *                  audience / subject), {@code no-mfa} (IAM principals of this account may assume it without
 *                  aws:MultiFactorAuthPresent)
 * @param principal the trusted principal as written in the trust policy
 * @param principalAccount the trusted principal's account, when it names one (else null)
 * @param statement "Sid X" or "statement #N" of the trust policy
 * @param detail    a sentence for the finding
 */
public record TrustIssue(String roleArn, String account, String kind, String principal, String principalAccount,
                         String statement,
                         String detail) {
}
