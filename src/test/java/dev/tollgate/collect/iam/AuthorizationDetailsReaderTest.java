package dev.tollgate.collect.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthorizationDetailsReaderTest {
    static final String ACCT = "111122223333";
    static final Path FILE = Path.of("src/test/resources/iam/gaad-mixed.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static Snapshot snapshot;

    @BeforeAll
    static void read() throws Exception {
        JsonNode root = MAPPER.readTree(FILE.toFile());
        assertTrue(AuthorizationDetailsReader.accepts(root));
        SnapshotBuilder out = new SnapshotBuilder();
        new AuthorizationDetailsReader().read(FILE, root, out);
        snapshot = out.build(null, null);
    }

    static <T extends Resource> T fact(Snapshot s, Class<T> type, String arn) {
        List<T> found = s.resources().stream().filter(type::isInstance).map(type::cast)
                .filter(r -> r.arn().equals(arn)).toList();
        assertEquals(1, found.size(), "facts of " + type.getSimpleName() + " " + arn);
        return found.get(0);
    }

    static Set<String> arns(Snapshot s, Class<? extends Resource> type) {
        return s.resources().stream().filter(type::isInstance).map(Resource::arn).collect(Collectors.toSet());
    }

    @Test
    void everyEntityBecomesAFact() {
        assertEquals(Set.of("arn:aws:iam::111122223333:user/alice", "arn:aws:iam::111122223333:user/automation/deploy-bot"),
                arns(snapshot, IamUser.class));
        assertEquals(Set.of("arn:aws:iam::111122223333:group/admins", "arn:aws:iam::111122223333:group/developers"),
                arns(snapshot, IamGroup.class));
        assertEquals(Set.of("arn:aws:iam::111122223333:role/app-role", "arn:aws:iam::111122223333:role/ci/github-deploy",
                        "arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport",
                        "arn:aws:iam::111122223333:role/cross-account-audit"),
                arns(snapshot, IamRole.class));
        assertEquals(Set.of("arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess",
                        "arn:aws:iam::aws:policy/PowerUserAccess", "arn:aws:iam::111122223333:policy/DeveloperBoundary",
                        "arn:aws:iam::111122223333:policy/app/app-s3-access"),
                arns(snapshot, IamPolicy.class));
        assertEquals(13, snapshot.resources().size());
        snapshot.resources().forEach(r -> {
            assertEquals(ACCT, r.account(), r.arn());
            assertEquals("global", r.region(), r.arn());
        });
    }

    @Test
    void userWithDecodedInlinePolicyBoundaryGroupsAndTags() {
        IamUser alice = fact(snapshot, IamUser.class, "arn:aws:iam::111122223333:user/alice");
        assertEquals("alice", alice.name());
        assertEquals("AIDAEXAMPLEALICE00001", alice.userId());
        assertEquals("/", alice.path());
        assertEquals(Instant.parse("2021-03-04T10:15:30Z"), alice.createDate());
        assertEquals(List.of("admins", "developers"), alice.groupNames());
        assertEquals(List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"), alice.attachedPolicyArns());
        assertEquals("arn:aws:iam::111122223333:policy/DeveloperBoundary", alice.permissionsBoundaryArn());
        assertEquals(Map.of("team", "platform", "owner", "alice@example.com"), alice.tags());
        assertEquals(1, alice.inlinePolicies().size());
        InlinePolicy mfa = alice.inlinePolicies().get(0);
        assertEquals("self-manage-mfa", mfa.name());
        PolicyStatement deny = mfa.document().statements().get(1);
        assertEquals("DenyAllExceptListedIfNoMFA", deny.sid());
        assertFalse(deny.allow());
        assertEquals(List.of("iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser", "iam:ListMFADevices",
                "sts:GetSessionToken"), deny.notActions());
        // a JSON boolean condition value, which the SDK parser alone would drop
        assertEquals(List.of(new Condition("BoolIfExists", "aws:MultiFactorAuthPresent", List.of("false"))), deny.conditions());
    }

    @Test
    void userWithUrlEncodedInlinePolicy() {
        IamUser bot = fact(snapshot, IamUser.class, "arn:aws:iam::111122223333:user/automation/deploy-bot");
        assertEquals("deploy-bot", bot.name());
        assertEquals("/automation/", bot.path());
        assertEquals(List.of(), bot.groupNames());
        assertNull(bot.permissionsBoundaryArn());
        assertEquals(Map.of(), bot.tags());
        assertEquals(List.of(new InlinePolicy("upload-artifacts", new PolicyDocument("2012-10-17", List.of(
                new PolicyStatement("UploadArtifacts", true, List.of("s3:PutObject"), List.of(),
                        List.of("arn:aws:s3:::deploy-artifacts-111122223333/builds/*"), List.of(), Map.of(), Map.of(),
                        List.of(new Condition("IpAddress", "aws:SourceIp", List.of("203.0.113.0/24", "198.51.100.7/32")))))))),
                bot.inlinePolicies());
    }

    @Test
    void groupsWithAttachedAndPrettyPrintedUrlEncodedInlinePolicies() {
        IamGroup admins = fact(snapshot, IamGroup.class, "arn:aws:iam::111122223333:group/admins");
        assertEquals("admins", admins.name());
        assertEquals("AGPAEXAMPLEADMINS0001", admins.groupId());
        assertEquals(List.of("arn:aws:iam::aws:policy/AdministratorAccess"), admins.attachedPolicyArns());
        assertEquals(List.of(), admins.inlinePolicies());
        IamGroup devs = fact(snapshot, IamGroup.class, "arn:aws:iam::111122223333:group/developers");
        assertEquals(List.of("arn:aws:iam::aws:policy/PowerUserAccess"), devs.attachedPolicyArns());
        assertEquals("eu-only", devs.inlinePolicies().get(0).name());
        assertEquals(List.of(new Condition("StringNotEquals", "aws:RequestedRegion", List.of("eu-west-1", "eu-central-1"))),
                devs.inlinePolicies().get(0).document().statements().get(0).conditions());
    }

    @Test
    void roleWithLastUsedInstanceProfileAndUrlEncodedTrust() {
        IamRole app = fact(snapshot, IamRole.class, "arn:aws:iam::111122223333:role/app-role");
        assertEquals("app-role", app.name());
        assertEquals("AROAEXAMPLEAPPROLE001", app.roleId());
        assertEquals(Instant.parse("2023-01-10T09:00:00Z"), app.createDate());
        assertEquals(Instant.parse("2024-05-10T15:46:34Z"), app.lastUsed());
        assertEquals(Tri.TRUE, app.lastUsedKnown());
        assertEquals(List.of("arn:aws:iam::111122223333:instance-profile/app-role"), app.instanceProfileArns());
        assertEquals(List.of("arn:aws:iam::111122223333:policy/app/app-s3-access"), app.attachedPolicyArns());
        assertEquals(Map.of("app", "orders"), app.tags());
        assertNull(app.maxSessionDurationSec(), "GAAD's RoleDetail carries no MaxSessionDuration");
        assertNull(app.permissionsBoundaryArn());
        assertFalse(app.serviceLinked());
        assertEquals(new PolicyDocument("2012-10-17", List.of(new PolicyStatement(null, true, List.of("sts:AssumeRole"),
                List.of(), List.of(), List.of(), Map.of("Service", List.of("ec2.amazonaws.com")), Map.of(), List.of()))),
                app.trustPolicy());
        assertEquals("queue-access", app.inlinePolicies().get(0).name());
        assertEquals(List.of("sqs:SendMessage", "sqs:ReceiveMessage"),
                app.inlinePolicies().get(0).document().statements().get(0).actions());
    }

    @Test
    void roleNeverUsedRoleNotReportedAndServiceLinkedRole() {
        IamRole gh = fact(snapshot, IamRole.class, "arn:aws:iam::111122223333:role/ci/github-deploy");
        assertNull(gh.lastUsed());
        assertEquals(Tri.TRUE, gh.lastUsedKnown(), "RoleLastUsed {} means IAM reported it: never used");
        assertEquals("arn:aws:iam::111122223333:policy/DeveloperBoundary", gh.permissionsBoundaryArn());
        PolicyStatement trust = gh.trustPolicy().statements().get(0);
        assertEquals(Map.of("Federated", List.of("arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com")),
                trust.principals());
        assertEquals(List.of(
                new Condition("StringEquals", "token.actions.githubusercontent.com:aud", List.of("sts.amazonaws.com")),
                new Condition("StringLike", "token.actions.githubusercontent.com:sub",
                        List.of("repo:example-org/app:ref:refs/heads/main", "repo:example-org/app:environment:prod"))),
                trust.conditions());

        IamRole support = fact(snapshot, IamRole.class,
                "arn:aws:iam::111122223333:role/aws-service-role/support.amazonaws.com/AWSServiceRoleForSupport");
        assertTrue(support.serviceLinked());
        assertEquals(Tri.UNKNOWN, support.lastUsedKnown(), "no RoleLastUsed in the input");
        assertNull(support.lastUsed());
        assertEquals(Map.of("Service", List.of("support.amazonaws.com")), support.trustPolicy().statements().get(0).principals());
    }

    @Test
    void crossAccountTrustKeepsPlusSpacesBooleansAndNumbers() {
        IamRole audit = fact(snapshot, IamRole.class, "arn:aws:iam::111122223333:role/cross-account-audit");
        PolicyStatement s = audit.trustPolicy().statements().get(0);
        assertEquals(Map.of("AWS", List.of("arn:aws:iam::444455556666:root", "arn:aws:iam::444455556666:role/SecurityAudit")),
                s.principals());
        assertEquals(List.of(
                new Condition("StringEquals", "sts:ExternalId", List.of("a1b2c3+d4 e5")),
                new Condition("Bool", "aws:MultiFactorAuthPresent", List.of("true")),
                new Condition("NumericLessThan", "aws:MultiFactorAuthAge", List.of("3600"))), s.conditions());
        assertEquals(Instant.parse("2025-01-31T23:59:59Z"), audit.lastUsed());
    }

    @Test
    void awsManagedPoliciesUseTheDefaultVersionAndTheFilesAccount() {
        IamPolicy admin = fact(snapshot, IamPolicy.class, "arn:aws:iam::aws:policy/AdministratorAccess");
        assertTrue(admin.awsManaged());
        assertEquals(ACCT, admin.account());
        assertEquals("AdministratorAccess", admin.name());
        assertEquals("ANPAIWMBCKSKIEE64ZLYK", admin.policyId());
        assertEquals(1, admin.attachmentCount());
        assertEquals(new PolicyDocument("2012-10-17", List.of(new PolicyStatement(null, true, List.of("*"), List.of(),
                List.of("*"), List.of(), Map.of(), Map.of(), List.of()))), admin.document());

        // default version listed second, URL-encoded
        IamPolicy ro = fact(snapshot, IamPolicy.class, "arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertEquals("v120", ro.defaultVersionId());
        assertEquals(26, ro.document().statements().get(0).actions().size());
        assertTrue(ro.document().statements().get(0).actions().contains("secretsmanager:GetResourcePolicy"));

        // default version listed first, decoded, with its NotAction statement
        IamPolicy pu = fact(snapshot, IamPolicy.class, "arn:aws:iam::aws:policy/PowerUserAccess");
        assertEquals("v5", pu.defaultVersionId());
        assertEquals(2, pu.document().statements().size());
        assertEquals(List.of("iam:*", "organizations:*", "account:*"), pu.document().statements().get(0).notActions());
        assertEquals(List.of(), pu.document().statements().get(0).actions());
        assertEquals(List.of("*"), pu.document().statements().get(0).resources());
        assertTrue(pu.document().statements().get(1).actions().contains("account:GetAccountInformation"),
                "v5 (default), not v4");
    }

    @Test
    void customerManagedPoliciesUseTheDefaultVersion() {
        IamPolicy s3 = fact(snapshot, IamPolicy.class, "arn:aws:iam::111122223333:policy/app/app-s3-access");
        assertFalse(s3.awsManaged());
        assertEquals("app-s3-access", s3.name());
        assertEquals("/app/", s3.path());
        assertEquals("v2", s3.defaultVersionId());
        PolicyStatement st = s3.document().statements().get(0);
        assertEquals(List.of("s3:GetObject", "s3:ListBucket"), st.actions(), "v2, not v1's s3:*");
        assertEquals(List.of(new Condition("StringEquals", "aws:PrincipalTag/team", List.of("platform+ops")),
                new Condition("Bool", "aws:SecureTransport", List.of("true"))), st.conditions());

        IamPolicy boundary = fact(snapshot, IamPolicy.class, "arn:aws:iam::111122223333:policy/DeveloperBoundary");
        assertEquals(0, boundary.attachmentCount());
        assertEquals(List.of("arn:aws:iam::111122223333:role/app-*"), boundary.document().statements().get(1).notResources());
    }

    @Test
    void coveragePerType() {
        assertEquals(Set.of(
                Coverage.collected(ACCT, "global", "AWS::IAM::User", "gaad:gaad-mixed.json"),
                Coverage.collected(ACCT, "global", "AWS::IAM::Group", "gaad:gaad-mixed.json"),
                Coverage.collected(ACCT, "global", "AWS::IAM::Role", "gaad:gaad-mixed.json"),
                Coverage.collected(ACCT, "global", "AWS::IAM::Policy", "gaad:gaad-mixed.json")),
                Set.copyOf(snapshot.coverage()));
    }

    private static InputException fails(String json) throws Exception {
        JsonNode root = MAPPER.readTree(json);
        return assertThrows(InputException.class,
                () -> new AuthorizationDetailsReader().read(Path.of("bad.json"), root, new SnapshotBuilder()));
    }

    @Test
    void errorsNameTheFileAndTheEntry() throws Exception {
        assertEquals("bad.json: RoleDetailList[1] (broken): AssumeRolePolicyDocument: Statement[0] has no Effect",
                fails("""
                        {"RoleDetailList":[
                          {"RoleName":"ok","Arn":"arn:aws:iam::111122223333:role/ok","AssumeRolePolicyDocument":
                            {"Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}},
                          {"RoleName":"broken","Arn":"arn:aws:iam::111122223333:role/broken",
                           "AssumeRolePolicyDocument":"%7B%22Statement%22%3A%5B%7B%22Action%22%3A%22%2A%22%7D%5D%7D"}]}
                        """).getMessage());
        assertEquals("bad.json: UserDetailList[0] (u): UserPolicyList[0] (p): policy document is not valid JSON: "
                        + "Unexpected end-of-input within/between Object entries at column 13",
                fails("""
                        {"UserDetailList":[{"UserName":"u","Arn":"arn:aws:iam::111122223333:user/u",
                          "UserPolicyList":[{"PolicyName":"p","PolicyDocument":"%7B%22Statement%22"}]}]}
                        """).getMessage());
        assertEquals("bad.json: Policies[0] (p): PolicyVersionList has no default version (DefaultVersionId v3)",
                fails("""
                        {"RoleDetailList":[],"Policies":[{"PolicyName":"p","Arn":"arn:aws:iam::111122223333:policy/p",
                          "DefaultVersionId":"v3","PolicyVersionList":[{"VersionId":"v1","IsDefaultVersion":false,
                          "Document":{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}}]}]}
                        """).getMessage());
        assertEquals("bad.json: GroupDetailList[0] has no Arn",
                fails("{\"GroupDetailList\":[{\"GroupName\":\"g\"}]}").getMessage());
        assertEquals("bad.json: the entries name 2 accounts [111122223333, 444455556666]; "
                        + "get-account-authorization-details output describes one account",
                fails("""
                        {"GroupDetailList":[{"GroupName":"a","Arn":"arn:aws:iam::111122223333:group/a"},
                                            {"GroupName":"b","Arn":"arn:aws:iam::444455556666:group/b"}]}
                        """).getMessage());
        assertTrue(fails("{\"RoleDetailList\":[],\"IsTruncated\":true,\"Marker\":\"abc\"}").getMessage()
                .startsWith("bad.json: IsTruncated is true"));
        assertEquals("bad.json: \"UserDetailList\" must be an array", fails("{\"UserDetailList\":{}}").getMessage());
    }

    @Test
    void aFileWithOnlyAwsManagedPoliciesTakesTheAccountOfTheOtherInputs() throws Exception {
        JsonNode root = MAPPER.readTree("""
                {"UserDetailList":[],"GroupDetailList":[],"RoleDetailList":[],"Policies":[
                  {"PolicyName":"AdministratorAccess","Arn":"arn:aws:iam::aws:policy/AdministratorAccess","DefaultVersionId":"v1",
                   "PolicyVersionList":[{"VersionId":"v1","IsDefaultVersion":true,
                     "Document":"%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22%2A%22%2C%22Resource%22%3A%22%2A%22%7D%5D%7D"}]}]}
                """);
        SnapshotBuilder out = new SnapshotBuilder();
        new AuthorizationDetailsReader().read(Path.of("managed-only.json"), root, out);
        Snapshot s = out.build("999988887777", null);
        IamPolicy p = fact(s, IamPolicy.class, "arn:aws:iam::aws:policy/AdministratorAccess");
        assertEquals("999988887777", p.account());
        assertEquals(List.of("*"), p.document().statements().get(0).actions());
        assertEquals(List.of(Coverage.collected("999988887777", "global", "AWS::IAM::Policy", "gaad:managed-only.json")),
                s.coverage());
    }
}
