package dev.tollgate.collect.iam;

import dev.tollgate.collect.InputReader;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.IamCredential;
import dev.tollgate.model.PasswordPolicy;
import dev.tollgate.model.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The three IAM inputs read together through {@link InputReader}, as {@code scanner scan} would. */
class IamInputsTest {
    @Test
    void gaadCredentialReportJsonAndPasswordPolicyTogether(@TempDir Path dir) throws Exception {
        String csv = Files.readString(CredentialReportReaderTest.FILE);
        Path report = dir.resolve("credential-report.json");
        Files.writeString(report, "{\"Content\": \"" + Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8))
                + "\", \"ReportFormat\": \"text/csv\", \"GeneratedTime\": \"2025-02-01T06:00:00+00:00\"}");
        Snapshot s = new InputReader().read(List.of(AuthorizationDetailsReaderTest.FILE, report,
                PasswordPolicyReaderTest.FILE), null);

        assertEquals(Instant.parse("2025-02-01T06:00:00Z"), s.capturedAt());
        assertEquals(13 + 4 + 1, s.resources().size(), "user ARNs appear both as IamUser and IamCredential facts");
        assertEquals(4, s.resources().stream().filter(IamCredential.class::isInstance).count());
        PasswordPolicy p = s.resources().stream().filter(PasswordPolicy.class::isInstance)
                .map(PasswordPolicy.class::cast).findFirst().orElseThrow();
        assertEquals("111122223333", p.account(), "resolved from the GAAD file's account");
        assertEquals(Set.of("AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy",
                        "AWS::IAM::CredentialReport", "AWS::IAM::AccountPasswordPolicy"),
                s.coverage().stream().map(Coverage::resourceType).collect(Collectors.toSet()));
        s.coverage().forEach(c -> {
            assertEquals("111122223333", c.account());
            assertEquals(Coverage.State.COLLECTED, c.state());
        });
    }
}
