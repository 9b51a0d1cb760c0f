package dev.tollgate.collect.config.network;

import dev.tollgate.model.BlockDevice;
import dev.tollgate.model.LaunchTemplate;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static dev.tollgate.collect.config.network.Fixtures.ACCOUNT;
import static dev.tollgate.collect.config.network.Fixtures.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LaunchTemplateNormalizerTest {
    private final LaunchTemplateNormalizer normalizer = new LaunchTemplateNormalizer();

    @Test
    void registryShapeOfAVersion13ItemWithImdsRequired() throws Exception {
        LaunchTemplate lt = normalizer.normalize(Fixtures.own("LaunchTemplate", "lt-0123456789abcdef0"));

        assertEquals(new LaunchTemplate(Fixtures.arn("launch-template", "lt-0123456789abcdef0"), ACCOUNT, REGION,
                "app-launch-template", Map.of("Name", "app-launch-template", "team", "app"),
                "lt-0123456789abcdef0", "4", "required", Tri.FALSE,
                // the instance-store mapping has no EBS settings and is not a block device of the fact
                List.of(new BlockDevice("/dev/xvda", Tri.TRUE,
                        "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")),
                List.of("sg-0123456789abcdef0"),
                "arn:aws:iam::111122223333:instance-profile/app-profile",
                "#!/bin/bash\nyum -y update\n"), lt);
    }

    @Test
    void ec2ApiShapeOfAVersion12ItemWithImdsOptionalAndPublicIp() throws Exception {
        LaunchTemplate lt = normalizer.normalize(Fixtures.own("LaunchTemplate", "lt-0fedcba9876543210"));

        assertEquals(new LaunchTemplate(Fixtures.arn("launch-template", "lt-0fedcba9876543210"), ACCOUNT, REGION,
                "legacy-lt", Map.of(), "lt-0fedcba9876543210", "7", "optional", Tri.TRUE,
                List.of(new BlockDevice("/dev/sda1", Tri.UNKNOWN, null)),
                List.of("sg-0aaaabbbbccccdddd", "sg-0123456789abcdef0"),
                "arn:aws:iam::111122223333:instance-profile/legacy",
                // not Base64: kept as recorded
                "#!/bin/sh\necho plain text user data\n"), lt);
    }

    @Test
    void templateThatSaysNothingLeavesEverySettingUnknown() throws Exception {
        LaunchTemplate lt = normalizer.normalize(Fixtures.own("LaunchTemplate", "lt-0aaaa1111bbbb2222"));

        assertEquals(new LaunchTemplate(Fixtures.arn("launch-template", "lt-0aaaa1111bbbb2222"), ACCOUNT, REGION,
                "bare-lt", Map.of(), "lt-0aaaa1111bbbb2222", "1", null, Tri.UNKNOWN, List.of(), List.of(), null, null),
                lt);
    }

    @Test
    void gzippedUserDataIsDecompressed() throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write("#cloud-config\npackages: [nginx]\n".getBytes(StandardCharsets.UTF_8));
        }

        assertEquals("#cloud-config\npackages: [nginx]\n",
                LaunchTemplateNormalizer.userData(Base64.getEncoder().encodeToString(buf.toByteArray())));
    }

    @Test
    void base64OfBinaryIsKeptRawAndLineWrappedBase64IsDecoded() {
        String binary = Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3});
        String wrapped = Base64.getMimeEncoder(8, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString("echo wrapped lines\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(binary, LaunchTemplateNormalizer.userData(binary));
        assertEquals("echo wrapped lines\n", LaunchTemplateNormalizer.userData(wrapped));
        assertNull(LaunchTemplateNormalizer.userData(null));
    }
}
