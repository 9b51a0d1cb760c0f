package dev.tollgate.collect.config.network;

import dev.tollgate.model.EbsVolume;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.tollgate.collect.config.network.Fixtures.ACCOUNT;
import static dev.tollgate.collect.config.network.Fixtures.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EbsVolumeNormalizerTest {
    private final EbsVolumeNormalizer normalizer = new EbsVolumeNormalizer();

    @Test
    void unencryptedAttachedVolumeFromVersion12Item() throws Exception {
        EbsVolume volume = normalizer.normalize(Fixtures.own("Volume", "vol-0123456789abcdef0"));

        assertEquals(new EbsVolume(Fixtures.arn("volume", "vol-0123456789abcdef0"), ACCOUNT, REGION, "web-1-root",
                Map.of("Name", "web-1-root"), "vol-0123456789abcdef0", Tri.FALSE, null, "in-use", "gp2", 8,
                List.of("i-0123456789abcdef0")), volume);
    }

    @Test
    void encryptedVolumeWhoseStateIsRecordedAsAnObject() throws Exception {
        EbsVolume volume = normalizer.normalize(Fixtures.own("Volume", "vol-0fedcba9876543210"));

        assertEquals(new EbsVolume(Fixtures.arn("volume", "vol-0fedcba9876543210"), ACCOUNT, REGION,
                "vol-0fedcba9876543210", Map.of("backup", "daily"), "vol-0fedcba9876543210", Tri.TRUE,
                "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", "available", "gp3", 500,
                List.of()), volume);
    }

    @Test
    void volumeWithoutAnEncryptionSettingIsUnknownNotCompliant() throws Exception {
        EbsVolume volume = normalizer.normalize(Fixtures.own("Volume", "vol-0aaaa1111bbbb2222"));

        assertEquals(new EbsVolume(Fixtures.arn("volume", "vol-0aaaa1111bbbb2222"), ACCOUNT, REGION,
                "vol-0aaaa1111bbbb2222", Map.of(), "vol-0aaaa1111bbbb2222", Tri.UNKNOWN, null, "creating", "st1", 0,
                List.of()), volume);
    }
}
