package dev.tollgate.evaluate.iam;

import dev.tollgate.collect.InputReader;
import dev.tollgate.evaluate.Evaluation;
import dev.tollgate.evaluate.Evaluator;
import dev.tollgate.evaluate.Finding;
import dev.tollgate.evaluate.ProfileLoader;
import dev.tollgate.evaluate.RuleLoader;
import dev.tollgate.evaluate.RuleSet;
import dev.tollgate.evaluate.RuleSource;
import dev.tollgate.model.AdminAccess;
import dev.tollgate.model.EscalationPath;
import dev.tollgate.model.ExposureGrant;
import dev.tollgate.model.ScanClock;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.TrustIssue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authorization-details files read by the real reader (URL-encoded documents, non-default policy versions,
 * service-linked roles), with known answers for the AWS managed policies AdministratorAccess (admin),
 * PowerUserAccess (near-admin via NotAction), IAMFullAccess (many escalation paths) and ReadOnlyAccess (none),
 * and the bundled TaskFlow sample evaluated end to end with its profile.
 */
class RealisticAccountsTest {
    static final String A = "arn:aws:iam::111122223333:";
    static List<Object> facts;

    @BeforeAll
    static void analyse() throws Exception {
        Snapshot s = new InputReader().read(List.of(Path.of("src/test/resources/iam-analysis/managed-policies-gaad.json")), null);
        facts = new IamAnalyzer().derive(s, new ScanClock(s.capturedAt()));
    }

    static <T> List<T> of(Class<T> type, String principal) {
        return facts.stream().filter(type::isInstance).map(type::cast)
                .filter(f -> principalOf(f).equals(principal)).toList();
    }

    private static String principalOf(Object f) {
        if (f instanceof AdminAccess a) return a.principalArn();
        if (f instanceof EscalationPath e) return e.principalArn();
        if (f instanceof ExposureGrant g) return g.principalArn();
        return ((TrustIssue) f).roleArn();
    }

    static Set<String> methods(String principal) {
        return of(EscalationPath.class, principal).stream().filter(e -> !e.conditional()).map(EscalationPath::method)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void administratorAccessIsFullAdmin() {
        List<AdminAccess> a = of(AdminAccess.class, A + "user/admin");
        assertEquals(1, a.size());
        assertEquals("full", a.get(0).level());
        assertFalse(a.get(0).conditional());
        assertEquals("arn:aws:iam::aws:policy/AdministratorAccess", a.get(0).policy());
        assertEquals(Set.of(), methods(A + "user/admin"), "a full admin's escalation methods are not listed");
        assertEquals(List.of(), of(ExposureGrant.class, A + "user/admin"));
        assertEquals("full", of(AdminAccess.class, A + "role/lambda-admin-fn").get(0).level());
    }

    @Test
    void powerUserAccessIsNearAdminAndCanTakeOverAnAdminFunction() {
        List<AdminAccess> a = of(AdminAccess.class, A + "user/power");
        assertEquals(1, a.size());
        assertEquals("near", a.get(0).level());
        assertFalse(a.get(0).conditional());
        assertEquals("arn:aws:iam::aws:policy/PowerUserAccess (group Developers)", a.get(0).policy());
        assertTrue(a.get(0).basis().contains("iam:*") && a.get(0).basis().contains("organizations:*"), a.get(0).basis());
        assertEquals(Set.of("lambda:UpdateFunctionCode"), methods(A + "user/power"));
    }

    @Test
    void iamFullAccessCanGrantItselfAnythingInManyWays() {
        List<AdminAccess> a = of(AdminAccess.class, A + "user/iam-admin");
        assertEquals("self-grant", a.get(0).level());
        assertFalse(a.get(0).conditional());
        assertEquals(new TreeSet<>(List.of("iam:AddUserToGroup", "iam:AttachGroupPolicy", "iam:AttachUserPolicy",
                "iam:CreateAccessKey", "iam:CreateLoginProfile", "iam:CreatePolicyVersion", "iam:PutGroupPolicy",
                "iam:PutUserPolicy", "iam:SetDefaultPolicyVersion", "iam:UpdateAssumeRolePolicy+sts:AssumeRole",
                "iam:UpdateLoginProfile")), methods(A + "user/iam-admin"));
        EscalationPath key = of(EscalationPath.class, A + "user/iam-admin").stream()
                .filter(e -> e.method().equals("iam:CreateAccessKey")).findFirst().orElseThrow();
        assertTrue(key.targets().contains(A + "user/admin") && key.targets().contains(A + "user/power"), key.targets().toString());
        assertTrue(key.targets().contains(A + "user/reader"), "the reader holds S3 and SSM reads the IAM admin lacks");
        assertFalse(key.targets().contains(A + "user/iam-admin"), "not itself");
    }

    @Test
    void readOnlyAccessHasNoEscalationButReadsEveryObject() {
        String reader = A + "user/reader";
        assertEquals(List.of(), of(AdminAccess.class, reader), "the broader non-default version v1 of ReportsAccess does not count");
        assertEquals(Set.of(), methods(reader));
        assertEquals(List.of(), of(EscalationPath.class, reader));
        Set<String> exposed = of(ExposureGrant.class, reader).stream().map(ExposureGrant::action).collect(Collectors.toSet());
        assertTrue(exposed.contains("s3:GetObject") && exposed.contains("ssm:GetParameter"), exposed.toString());
        assertFalse(exposed.contains("secretsmanager:GetSecretValue"));
        assertTrue(of(ExposureGrant.class, reader).stream().allMatch(g -> g.category().equals("data-exfiltration")));
    }

    @Test
    void passRoleAndLambdaSplitAcrossUserGroupAndAttachedPolicies() {
        List<EscalationPath> p = of(EscalationPath.class, A + "user/split-user");
        assertEquals(Set.of("iam:PassRole+lambda:CreateFunction+lambda:InvokeFunction"), methods(A + "user/split-user"));
        EscalationPath e = p.stream().filter(x -> x.method().equals("iam:PassRole+lambda:CreateFunction+lambda:InvokeFunction")).findFirst().orElseThrow();
        assertEquals(List.of(A + "role/lambda-admin-fn"), e.targets());
        assertEquals(List.of(
                "iam:PassRole: arn:aws:iam::111122223333:policy/PassLambdaRoles, Sid PassFunctionRoles",
                "lambda:CreateFunction: inline create-functions, Sid CreateFunctions",
                "lambda:InvokeFunction: inline invoke (group Builders), Sid InvokeFunctions"), e.evidence());
    }

    @Test
    void serviceLinkedRolesAreNotPrincipals() {
        assertTrue(facts.stream().noneMatch(f -> principalOf(f).contains("aws-service-role")));
    }

    /** The TaskFlow sample against its profile: exactly the documented IAM deviations, and the two further paths it has. */
    @Test
    void taskflowSampleFindings() throws Exception {
        Snapshot s = new InputReader().read(List.of(Path.of("src/main/resources/tollgate/samples/taskflow-production")), null);
        RuleSet rules = new RuleLoader().load(RuleSource.bundled());
        Evaluation e = new Evaluator().evaluate(rules, s, new ProfileLoader().load("taskflow-production"), null);
        Map<String, Set<String>> byRule = new TreeMap<>();
        for (Finding f : e.findings()) {
            if (f.ruleId().startsWith("TG-PRV")) {
                byRule.computeIfAbsent(f.ruleId(), k -> new TreeSet<>()).add(f.resourceArn());
            }
        }
        String t = "arn:aws:iam::987654321098:";
        assertEquals(Map.of(
                "TG-PRV-003", Set.of(t + "user/service/legacy-reporting", t + "role/taskflow-github-deploy"),   // I4; deploy role -> task role via ECS
                "TG-PRV-005", Set.of(t + "role/taskflow-ecs-task-role", t + "role/taskflow-bastion-role"),     // I1 (S3 full access); ssm:GetParameter on *
                "TG-PRV-008", Set.of(t + "role/taskflow-github-deploy"),                                        // I3
                "TG-PRV-009", Set.of(t + "role/prod-db-access"),                                                // I2
                "TG-PRV-011", Set.of(t + "role/taskflow-ecs-task-role")), byRule);                              // I1
        Finding i4 = e.findings().stream().filter(f -> f.ruleId().equals("TG-PRV-003")
                && f.resourceArn().endsWith("legacy-reporting")).findFirst().orElseThrow();
        assertTrue(i4.message().contains("iam:PassRole+ec2:RunInstances"), i4.message());
        assertTrue(i4.evidence().get("method1").contains("inline reporting-batch, Sid LaunchReportWorker"), i4.evidence().toString());
        Finding i1 = e.findings().stream().filter(f -> f.ruleId().equals("TG-PRV-011")).findFirst().orElseThrow();
        assertEquals("AmazonS3FullAccess", i1.evidence().get("extra"));
        assertTrue(e.notAssessed().stream().noneMatch(n -> n.ruleId().startsWith("TG-PRV")), e.notAssessed().toString());

        Evaluation baseline = new Evaluator().evaluate(rules, s, new ProfileLoader().load("baseline"), null);
        Set<String> admins = baseline.findings().stream().filter(f -> f.ruleId().equals("TG-PRV-001")).map(Finding::resourceArn)
                .collect(Collectors.toSet());
        assertEquals(Set.of(t + "role/break-glass-admin"), admins, "undocumented in the baseline, the break-glass role is reported");
        Set<String> conditional = baseline.findings().stream().filter(f -> f.ruleId().equals("TG-PRV-004")).map(Finding::resourceArn)
                .collect(Collectors.toSet());
        assertEquals(Set.of(t + "user/alice.nguyen", t + "user/carol.smith"), conditional, "PowerUserAccess behind ForceMFA");
        assertTrue(baseline.findings().stream().noneMatch(f -> f.ruleId().equals("TG-PRV-002")), "never unconditional near-admin");
    }
}
