package dev.tollgate.model;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the IAM credential report. The root account's row has {@code root == true}
 * and the account root ARN ({@code arn:aws:iam::ACCOUNT:root}).
 * Dates are null for N/A, no_information or not_supported.
 */
public record IamCredential(String arn, String account, String region, String name, Map<String, String> tags,
                            boolean root, Instant userCreated, Tri passwordEnabled, Instant passwordLastUsed,
                            Instant passwordLastChanged, Tri mfaActive,
                            Tri accessKey1Active, Instant accessKey1LastRotated, Instant accessKey1LastUsed,
                            Tri accessKey2Active, Instant accessKey2LastRotated, Instant accessKey2LastUsed,
                            Tri cert1Active, Tri cert2Active) implements Resource {
    public IamCredential {
        tags = Copy.map(tags);
        passwordEnabled = Copy.tri(passwordEnabled);
        mfaActive = Copy.tri(mfaActive);
        accessKey1Active = Copy.tri(accessKey1Active);
        accessKey2Active = Copy.tri(accessKey2Active);
        cert1Active = Copy.tri(cert1Active);
        cert2Active = Copy.tri(cert2Active);
    }

    public boolean anyAccessKeyActive() {
        return accessKey1Active == Tri.TRUE || accessKey2Active == Tri.TRUE;
    }

    @Override
    public String resourceType() {
        return "AWS::IAM::CredentialReport";
    }
}
