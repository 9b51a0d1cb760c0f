package dev.tollgate.collect.config.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.collect.config.ConfigFileReader;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ConfigItems;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.Normalizers;
import dev.tollgate.model.Condition;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.IamGroup;
import dev.tollgate.model.IamPolicy;
import dev.tollgate.model.IamRole;
import dev.tollgate.model.IamUser;
import dev.tollgate.model.InlinePolicy;
import dev.tollgate.model.PolicyDocument;
import dev.tollgate.model.PolicyStatement;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.Tri;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IamItemNormalizerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ACCT = "123456789012";

    private static Snapshot read(String name) throws Exception {
        Path file = Path.of("src/test/resources/iam/" + name);
        JsonNode root = MAPPER.readTree(file.toFile());
        assertTrue(ConfigFileReader.accepts(root));
        SnapshotBuilder out = new SnapshotBuilder();
        new ConfigFileReader(new Normalizers()).read(file, root, out);
        return out.build(null, null);
    }

    private static <T extends Resource> T only(Snapshot s, Class<T> type) {
        List<T> found = s.resources().stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), type.getSimpleName());
        return found.get(0);
    }

    @Test
    void normalizersAreRegisteredForTheFourIamTypes() {
        Normalizers n = new Normalizers();
        for (String t : List.of("AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy")) {
            assertEquals(t, n.forType(t).orElseThrow().resourceType());
        }
        assertEquals(4, IamItemNormalizer.all().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-iam-v12.json", "config-iam-v13.json"})
    void user(String file) throws Exception {
        IamUser u = only(read(file), IamUser.class);
        assertEquals(new IamUser("arn:aws:iam::123456789012:user/ci/builder", ACCT, "global", "builder",
                Map.of("team", "ci"), "AIDAEXAMPLEBUILDER01", "/ci/", Instant.parse("2022-04-01T10:00:00Z"),
                List.of("builders"), List.of("arn:aws:iam::aws:policy/IAMUserChangePassword"),
                List.of(new InlinePolicy("read-build-params", new PolicyDocument("2012-10-17", List.of(
                        new PolicyStatement(null, true, List.of("ssm:GetParameter", "ssm:GetParameters"), List.of(),
                                List.of("arn:aws:ssm:us-east-1:123456789012:parameter/build/*"), List.of(), Map.of(),
                                Map.of(), List.of()))))),
                "arn:aws:iam::123456789012:policy/ci-boundary"), u);
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-iam-v12.json", "config-iam-v13.json"})
    void group(String file) throws Exception {
        IamGroup g = only(read(file), IamGroup.class);
        assertEquals("arn:aws:iam::123456789012:group/builders", g.arn());
        assertEquals("builders", g.name());
        assertEquals("AGPAEXAMPLEBUILDERS1", g.groupId());
        assertEquals(List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"), g.attachedPolicyArns());
        assertEquals("require-mfa", g.inlinePolicies().get(0).name());
        PolicyStatement s = g.inlinePolicies().get(0).document().statements().get(0);
        assertFalse(s.allow());
        assertEquals(List.of(new Condition("BoolIfExists", "aws:MultiFactorAuthPresent", List.of("false"))), s.conditions());
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-iam-v12.json", "config-iam-v13.json"})
    void role(String file) throws Exception {
        IamRole r = only(read(file), IamRole.class);
        assertEquals("arn:aws:iam::123456789012:role/vendor-scanner", r.arn());
        assertEquals(ACCT, r.account());
        assertEquals("global", r.region());
        assertEquals("vendor-scanner", r.name());
        assertEquals("AROAEXAMPLEVENDOR001", r.roleId());
        assertEquals(Map.of("vendor", "scanner-co"), r.tags());
        assertEquals(Instant.parse("2023-09-09T09:09:09Z"), r.createDate());
        assertEquals(List.of("arn:aws:iam::123456789012:instance-profile/vendor-scanner"), r.instanceProfileArns());
        assertEquals(List.of("arn:aws:iam::aws:policy/SecurityAudit"), r.attachedPolicyArns());
        assertNull(r.permissionsBoundaryArn());
        assertEquals(Tri.UNKNOWN, r.lastUsedKnown(), "Config does not record roleLastUsed");
        assertNull(r.lastUsed());
        assertNull(r.maxSessionDurationSec());
        assertEquals(new PolicyDocument("2012-10-17", List.of(new PolicyStatement(null, true, List.of("sts:AssumeRole"),
                List.of(), List.of(), List.of(), Map.of("AWS", List.of("arn:aws:iam::210987654321:root")), Map.of(),
                List.of(new Condition("StringEquals", "sts:ExternalId", List.of("vendor+scan 42")))))), r.trustPolicy());
        assertEquals(List.of("arn:aws:s3:::reports-123456789012/*"),
                r.inlinePolicies().get(0).document().statements().get(0).resources());
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-iam-v12.json", "config-iam-v13.json"})
    void policyUsesTheDefaultVersion(String file) throws Exception {
        IamPolicy p = only(read(file), IamPolicy.class);
        assertEquals(new IamPolicy("arn:aws:iam::123456789012:policy/ci-boundary", ACCT, "global", "ci-boundary", Map.of(),
                "ANPAEXAMPLECIBOUND01", "/", "v2", new PolicyDocument("2012-10-17", List.of(new PolicyStatement("Boundary",
                true, List.of(), List.of("iam:*", "organizations:*"), List.of("*"), List.of(), Map.of(), Map.of(),
                List.of()))), false, 0), p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-iam-v12.json", "config-iam-v13.json"})
    void coverageAndCaptureTime(String file) throws Exception {
        Snapshot s = read(file);
        assertEquals(4, s.resources().size());
        Set<Coverage> expected = new HashSet<>();
        for (String t : List.of("AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy")) {
            expected.add(Coverage.collected(ACCT, "global", t, "config:" + file));
        }
        assertEquals(expected, Set.copyOf(s.coverage()));
        assertEquals(Instant.parse("2025-02-03T04:05:06.789Z"), s.capturedAt());
    }

    @Test
    void aBrokenDocumentIsAnItemException() throws Exception {
        ConfigItem item = ConfigItems.parse(MAPPER.readTree("""
                {"configurationItemVersion":"1.3","awsAccountId":"123456789012","resourceType":"AWS::IAM::Role",
                 "resourceId":"AROAX","resourceName":"r","ARN":"arn:aws:iam::123456789012:role/r","awsRegion":"global",
                 "configuration":{"roleName":"r","arn":"arn:aws:iam::123456789012:role/r",
                   "assumeRolePolicyDocument":"%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Perhaps%22%7D%5D%7D"}}"""));
        ItemException e = assertThrows(ItemException.class, () -> IamItemNormalizer.ROLE.normalize(item));
        assertEquals("AssumeRolePolicyDocument: Statement[0] has Effect \"Perhaps\", expected \"Allow\" or \"Deny\"",
                e.getMessage());
    }

    @Test
    void theItemArnIsUsedWhenTheConfigurationHasNone() throws Exception {
        ConfigItem item = ConfigItems.parse(MAPPER.readTree("""
                {"configurationItemVersion":"1.3","awsAccountId":"123456789012","resourceType":"AWS::IAM::Group",
                 "resourceId":"AGPAX","resourceName":"g","ARN":"arn:aws:iam::123456789012:group/g","awsRegion":"global",
                 "configuration":{"groupName":"g","groupId":"AGPAX","path":"/"}}"""));
        IamGroup g = (IamGroup) IamItemNormalizer.GROUP.normalize(item);
        assertEquals("arn:aws:iam::123456789012:group/g", g.arn());
        assertEquals("g", g.name());
    }
}
