package dev.tollgate.collect.config.data;

import dev.tollgate.collect.config.ItemException;
import dev.tollgate.model.AclGrant;
import dev.tollgate.model.Condition;
import dev.tollgate.model.PolicyStatement;
import dev.tollgate.model.PublicAccessBlock;
import dev.tollgate.model.S3AccountPublicAccessBlock;
import dev.tollgate.model.S3Bucket;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class S3BucketNormalizerTest {
    private final S3BucketNormalizer n = new S3BucketNormalizer();
    private static final String OWNER = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be";

    @Test
    void compliantBucketV13WithEverySetting() throws ItemException {
        S3Bucket b = Fixtures.data(n, "s3-bucket.json", 0);
        assertEquals("arn:aws:s3:::acme-ledger-exports", b.arn());
        assertEquals("111122223333", b.account());
        assertEquals("us-east-1", b.region());
        assertEquals("acme-ledger-exports", b.name());
        assertEquals(Map.of("classification", "confidential"), b.tags());
        assertEquals(new PublicAccessBlock(Tri.TRUE, Tri.TRUE, Tri.TRUE, Tri.TRUE), b.publicAccessBlock());
        assertEquals(Tri.TRUE, b.aclKnown());
        assertEquals(List.of(new AclGrant("CanonicalUser", OWNER, "FULL_CONTROL")), b.aclGrants());
        assertEquals("aws:kms", b.encryptionAlgorithm());
        assertEquals("arn:aws:kms:us-east-1:111122223333:key/33333333-4444-5555-6666-777777777777", b.kmsKeyId());
        assertEquals(Tri.TRUE, b.bucketKey());
        assertEquals("Enabled", b.versioning());
        assertEquals(Tri.TRUE, b.mfaDelete());
        assertEquals(List.of("arn:aws:s3:::acme-ledger-exports-dr"), b.replicationDestinations());
        assertEquals(Tri.TRUE, b.replicationKnown());
        assertEquals(1, b.lifecycleRules(), "the Disabled lifecycle rule does not count");
        assertEquals(Tri.TRUE, b.lifecycleKnown());
        assertEquals("acme-access-logs", b.loggingTarget());
        assertEquals(Tri.TRUE, b.loggingKnown());
        assertEquals("BucketOwnerEnforced", b.objectOwnership());
        assertEquals(Tri.TRUE, b.policyKnown());
        assertEquals("2012-10-17", b.policy().version());
        PolicyStatement s = b.policy().statements().get(0);
        assertFalse(s.allow());
        assertEquals(List.of("s3:*"), s.actions());
        assertEquals(Map.of("*", List.of("*")), s.principals());
        assertEquals(List.of(new Condition("Bool", "aws:SecureTransport", List.of("false"))), s.conditions());
        assertEquals(Tri.TRUE, b.tlsOnly());
    }

    @Test
    void nonCompliantBucketV12WithDoubleEncodedSupplementaryValues() throws ItemException {
        S3Bucket b = Fixtures.data(n, "s3-bucket.json", 1);
        assertEquals("arn:aws:s3:::acme-www", b.arn());
        assertEquals("111122223333", b.account());
        assertEquals("website", b.name(), "Name tag wins over the bucket name");
        assertEquals(PublicAccessBlock.none(), b.publicAccessBlock(), "no PAB key: no block configured");
        assertEquals(Tri.FALSE, b.publicAccessBlock().allOn());
        assertEquals(List.of(
                new AclGrant("CanonicalUser", OWNER, "FULL_CONTROL"),
                new AclGrant("Group", "http://acs.amazonaws.com/groups/global/AllUsers", "READ"),
                new AclGrant("AmazonCustomerByEmail", "partner@example.com", "WRITE_ACP")), b.aclGrants());
        assertTrue(b.aclGrants().get(1).toEveryone());
        assertEquals("AES256", b.encryptionAlgorithm());
        assertNull(b.kmsKeyId());
        assertEquals(Tri.FALSE, b.bucketKey());
        assertEquals("Off", b.versioning());
        assertEquals(Tri.FALSE, b.mfaDelete());
        assertEquals(List.of(), b.replicationDestinations());
        assertEquals(Tri.TRUE, b.replicationKnown());
        assertEquals(0, b.lifecycleRules());
        assertNull(b.loggingTarget(), "destinationBucketName null: logging off");
        assertEquals(Tri.TRUE, b.loggingKnown());
        assertNull(b.objectOwnership());
        PolicyStatement s = b.policy().statements().get(0);
        assertTrue(s.allow());
        assertTrue(s.anyPrincipal());
        assertEquals(List.of("s3:GetObject"), s.actions());
        assertEquals(List.of("arn:aws:s3:::acme-www/*"), s.resources());
        assertEquals(Tri.FALSE, b.tlsOnly(), "a policy without a SecureTransport deny is not TLS-only");
    }

    @Test
    void secureTransportDenyOnOneActionWithBooleanValueIsNotTlsOnly() throws ItemException {
        S3Bucket b = Fixtures.data(n, "s3-bucket.json", 2);
        assertEquals(List.of(new Condition("Bool", "aws:SecureTransport", List.of("false"))),
                b.policy().statements().get(0).conditions(), "a JSON boolean condition value is kept as \"false\"");
        assertEquals(Tri.FALSE, b.tlsOnly());
        assertEquals("Suspended", b.versioning());
        assertEquals(Tri.FALSE, b.mfaDelete());
        assertNull(b.loggingTarget());
        assertEquals(Tri.TRUE, b.loggingKnown(), "no logging key with supplementary present: logging known off");
        assertNull(b.encryptionAlgorithm(), "no SSE key: encryption not recorded");
        assertEquals(Tri.UNKNOWN, b.bucketKey());
    }

    @Test
    void itemWithoutSupplementaryConfigurationIsUnknownThroughout() throws ItemException {
        S3Bucket b = Fixtures.data(n, "s3-bucket.json", 3);
        assertEquals("acme-unknown", b.name());
        assertEquals(PublicAccessBlock.unknown(), b.publicAccessBlock());
        assertEquals(Tri.UNKNOWN, b.publicAccessBlock().allOn());
        assertEquals(Tri.UNKNOWN, b.aclKnown());
        assertEquals(Tri.UNKNOWN, b.policyKnown());
        assertEquals(Tri.UNKNOWN, b.loggingKnown());
        assertEquals(Tri.UNKNOWN, b.lifecycleKnown());
        assertEquals(Tri.UNKNOWN, b.replicationKnown());
        assertEquals(Tri.UNKNOWN, b.mfaDelete());
        assertEquals(Tri.UNKNOWN, b.bucketKey());
        assertNull(b.versioning());
        assertNull(b.encryptionAlgorithm());
        assertNull(b.policy());
        assertEquals(Tri.UNKNOWN, b.tlsOnly());
    }

    @Test
    void nullPolicyTextIsKnownAbsentAndNotTlsOnly() throws ItemException {
        S3Bucket b = Fixtures.data(n, "s3-bucket.json", 4);
        assertNull(b.policy());
        assertEquals(Tri.TRUE, b.policyKnown());
        assertEquals(Tri.FALSE, b.tlsOnly());
        assertEquals(PublicAccessBlock.none(), b.publicAccessBlock());
    }

    @Test
    void unparseablePolicyIsUnknown() throws ItemException {
        S3Bucket b = Fixtures.data(n, "s3-bucket.json", 5);
        assertNull(b.policy());
        assertEquals(Tri.UNKNOWN, b.policyKnown());
        assertEquals(Tri.UNKNOWN, b.tlsOnly());
        assertNull(b.versioning(), "versioning is recorded for every bucket; its absence is not 'Off'");
        assertEquals(Tri.UNKNOWN, b.mfaDelete());
    }

    @Test
    void sharedFixturesDeliveryAndApiShapesAgree() throws ItemException {
        S3Bucket first = Fixtures.shared(n, "AWS__S3__Bucket.json", 0);
        S3Bucket third = Fixtures.shared(n, "AWS__S3__Bucket.json", 2);
        assertEquals(first, third);
        assertEquals(Tri.TRUE, first.tlsOnly());
        assertEquals(Tri.TRUE, first.publicAccessBlock().allOn());
        S3Bucket assets = Fixtures.shared(n, "AWS__S3__Bucket.json", 1);
        assertEquals(PublicAccessBlock.none(), assets.publicAccessBlock());
        assertEquals(Tri.FALSE, assets.tlsOnly());
        assertTrue(assets.policy().statements().stream().anyMatch(s -> s.allow() && s.anyPrincipal()));
        assertEquals("Off", assets.versioning());
    }

    @Test
    void accountPublicAccessBlock() throws ItemException {
        S3AccountPublicAccessBlockNormalizer an = new S3AccountPublicAccessBlockNormalizer();
        S3AccountPublicAccessBlock on = Fixtures.data(an, "s3-account-public-access-block.json", 0);
        assertEquals("arn:aws:s3::111122223333:account-public-access-block", on.arn(), "no ARN recorded: constructed");
        assertEquals("111122223333", on.account());
        assertEquals("us-east-1", on.region());
        assertEquals(Tri.TRUE, on.block().allOn());
        S3AccountPublicAccessBlock partial = Fixtures.data(an, "s3-account-public-access-block.json", 1);
        assertEquals("arn:aws:s3::111122223333:account-public-access-block", partial.arn());
        assertEquals(new PublicAccessBlock(Tri.TRUE, Tri.FALSE, Tri.FALSE, Tri.FALSE), partial.block(),
                "an unset flag is off, as S3 treats it");
        assertEquals(Tri.FALSE, partial.block().allOn());
    }
}
