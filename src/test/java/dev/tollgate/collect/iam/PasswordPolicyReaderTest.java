package dev.tollgate.collect.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.IamGroup;
import dev.tollgate.model.PasswordPolicy;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyReaderTest {
    static final Path FILE = Path.of("src/test/resources/iam/password-policy.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static IamGroup group(String account) {
        return new IamGroup("arn:aws:iam::" + account + ":group/g", account, "global", "g", Map.of(), "AGPA1", "/",
                List.of(), List.of());
    }

    @Test
    void valuesAreMappedAndTheAccountComesFromTheOtherInputs() throws Exception {
        JsonNode root = MAPPER.readTree(FILE.toFile());
        assertTrue(PasswordPolicyReader.accepts(root));
        SnapshotBuilder out = new SnapshotBuilder();
        new PasswordPolicyReader().read(FILE, root, out);
        out.resource(group("111122223333"), null);
        Snapshot s = out.build(null, null);
        PasswordPolicy p = s.resources().stream().filter(PasswordPolicy.class::isInstance).map(PasswordPolicy.class::cast)
                .findFirst().orElseThrow();
        assertEquals(new PasswordPolicy("arn:aws:iam::111122223333:root", "111122223333", "global",
                "account password policy", Map.of(), true, 14, Tri.TRUE, Tri.TRUE, Tri.TRUE, Tri.FALSE, Tri.TRUE,
                90, 24, Tri.FALSE), p);
        assertEquals(Set.of(Coverage.collected("111122223333", "global", "AWS::IAM::AccountPasswordPolicy",
                "password-policy:password-policy.json")), Set.copyOf(s.coverage()));
    }

    @Test
    void anExplicitAccountWins() throws Exception {
        SnapshotBuilder out = new SnapshotBuilder();
        new PasswordPolicyReader().read(FILE, MAPPER.readTree(FILE.toFile()), out);
        Snapshot s = out.build("999988887777", null);
        assertEquals("arn:aws:iam::999988887777:root", s.resources().get(0).arn());
        assertEquals("999988887777", s.resources().get(0).account());
    }

    @Test
    void noKnownAccountIsAnErrorNamingTheFile() throws Exception {
        SnapshotBuilder out = new SnapshotBuilder();
        new PasswordPolicyReader().read(FILE, MAPPER.readTree(FILE.toFile()), out);
        InputException e = assertThrows(InputException.class, () -> out.build(null, null));
        assertEquals(FILE, e.file());
        assertTrue(e.getMessage().startsWith(FILE + ": this file does not say which AWS account it belongs to and the "
                + "other inputs name none"), e.getMessage());
    }

    @Test
    void twoKnownAccountsIsAnError() throws Exception {
        SnapshotBuilder out = new SnapshotBuilder();
        new PasswordPolicyReader().read(FILE, MAPPER.readTree(FILE.toFile()), out);
        out.resource(group("111122223333"), null).resource(group("444455556666"), null);
        assertTrue(assertThrows(InputException.class, () -> out.build(null, null)).getMessage()
                .contains("2 accounts [111122223333, 444455556666]"));
    }

    @Test
    void expiryOffAndAbsentFieldsAreNullOrUnknown() throws Exception {
        SnapshotBuilder out = new SnapshotBuilder();
        new PasswordPolicyReader().read(Path.of("pp.json"), MAPPER.readTree("""
                {"PasswordPolicy":{"MinimumPasswordLength":8,"AllowUsersToChangePassword":false,"ExpirePasswords":false,
                 "MaxPasswordAge":0}}"""), out);
        PasswordPolicy p = (PasswordPolicy) out.build("111122223333", null).resources().get(0);
        assertEquals(new PasswordPolicy("arn:aws:iam::111122223333:root", "111122223333", "global",
                "account password policy", Map.of(), true, 8, Tri.UNKNOWN, Tri.UNKNOWN, Tri.UNKNOWN, Tri.UNKNOWN,
                Tri.FALSE, null, null, Tri.UNKNOWN), p);
    }

    @Test
    void aNullPolicyMeansNone() throws Exception {
        SnapshotBuilder out = new SnapshotBuilder();
        new PasswordPolicyReader().read(Path.of("pp.json"), MAPPER.readTree("{\"PasswordPolicy\":null}"), out);
        PasswordPolicy p = (PasswordPolicy) out.build("111122223333", null).resources().get(0);
        assertEquals(false, p.present());
        assertEquals(null, p.minimumLength());
    }

    @Test
    void wrongTypesAreRejected() throws Exception {
        assertEquals("pp.json: PasswordPolicy.MinimumPasswordLength is \"14\", expected a whole number",
                assertThrows(InputException.class, () -> new PasswordPolicyReader().read(Path.of("pp.json"),
                        MAPPER.readTree("{\"PasswordPolicy\":{\"MinimumPasswordLength\":\"14\"}}"), new SnapshotBuilder()))
                        .getMessage());
        assertEquals("pp.json: PasswordPolicy.RequireSymbols is 1, expected true or false",
                assertThrows(InputException.class, () -> new PasswordPolicyReader().read(Path.of("pp.json"),
                        MAPPER.readTree("{\"PasswordPolicy\":{\"RequireSymbols\":1}}"), new SnapshotBuilder()))
                        .getMessage());
    }
}
