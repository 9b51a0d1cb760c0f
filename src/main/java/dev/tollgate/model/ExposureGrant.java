package dev.tollgate.model;

/**
 * Derived fact: a data-exfiltration or resource-exposure action granted to a principal on every resource
 * ({@code Resource "*"}).
 *
 * @param category    {@code data-exfiltration} (reads secrets or data: secretsmanager:GetSecretValue, s3:GetObject, ...)
 *                    or {@code resource-exposure} (a Permissions-management action that can open a resource to
 *                    others: s3:PutBucketPolicy, kms:PutKeyPolicy, lambda:AddPermission, ...)
 * @param conditional true when granted only under conditions
 */
public record ExposureGrant(String principalArn, String account, String action, String category, String policy,
                            String statement, boolean conditional) {
}
