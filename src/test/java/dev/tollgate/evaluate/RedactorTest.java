package dev.tollgate.evaluate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RedactorTest {
    private final Redactor r = new Redactor();

    @Test
    void valuesUnderSecretNamesAreWithheld() {
        for (String key : new String[] {"password", "DB_PASSWORD", "apiKey", "STRIPE_SECRET_KEY", "authToken",
                "aws_access_key_id", "privateKey", "credentials"}) {
            assertEquals(Redactor.REDACTED, r.evidence(key, "hunter2"), key);
        }
    }

    @Test
    void namesOfSecretsAreNotSecrets() {
        assertEquals("STRIPE_SECRET_KEY", r.evidence("secretName", "STRIPE_SECRET_KEY"));
        assertEquals("22", r.evidence("port", "22"));
    }

    @Test
    void secretLookingValuesAreWithheldWhateverTheirKey() {
        assertEquals(Redactor.REDACTED, r.evidence("value", "AKIAIOSFODNN7EXAMPLE"));
        assertEquals(Redactor.REDACTED, r.evidence("value", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        assertEquals(Redactor.REDACTED, r.evidence("value", "sk_live_FAKE0nlyT0llgateDem0xxxx"));
        assertEquals(Redactor.REDACTED, r.evidence("value", "-----BEGIN RSA PRIVATE KEY-----\nMIIE"));
        assertEquals(Redactor.REDACTED, r.evidence("url", "postgresql://app:s3cr3t@db.internal:5432/app"));
        assertEquals(Redactor.REDACTED, r.evidence("value", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"));
    }

    @Test
    void ordinaryLongTextIsKept() {
        assertFalse(r.secretValue("s3:DeleteAccessGrantsInstanceResourcePolicy"), "a 40-letter action name");
        assertFalse(r.secretValue("arn:aws:iam::123456789012:role/service-role/AWSCodePipelineServiceRole"));
        assertFalse(r.secretValue("ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09"));
    }

    @Test
    void messagesHaveSecretValuesCutOut() {
        String m = r.text("key AKIAIOSFODNN7EXAMPLE found in user data");
        assertFalse(m.contains("AKIAIOSFODNN7EXAMPLE"), m);
        assertTrue(m.contains(Redactor.REDACTED), m);
    }
}
