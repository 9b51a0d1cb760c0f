package dev.tollgate.report;

import dev.tollgate.evaluate.DeployCalendar;
import dev.tollgate.evaluate.Finding;
import dev.tollgate.evaluate.Framework;
import dev.tollgate.evaluate.FrameworkResult;
import dev.tollgate.evaluate.Gate;
import dev.tollgate.evaluate.NotAssessed;
import dev.tollgate.evaluate.RuleMeta;
import dev.tollgate.evaluate.ScanResult;
import dev.tollgate.evaluate.Severity;
import dev.tollgate.model.Coverage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ScanResult fixtures for the report tests; every AWS-sourced string in {@link #hostile()} is an attack. */
final class ReportFixtures {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SCRIPT_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String ATTR = "' onmouseover='alert(2)";
    static final String ACCOUNT = "111122223333";
    static final Instant AS_OF = Instant.parse("2025-03-01T12:00:00Z");
    static final Instant CAPTURED_AT = Instant.parse("2025-03-01T11:58:30.250Z");

    private ReportFixtures() {
    }

    static final List<RuleMeta> RULES = List.of(
            rule("TG-NET-001", "sg-open-ssh", "Security group allows SSH from the internet", Severity.HIGH,
                    "AWS::EC2::SecurityGroup"),
            rule("TG-S3-001", "s3 bucket public read", "S3 bucket is publicly readable", Severity.CRITICAL,
                    "AWS::S3::Bucket"),
            rule("TG-LOG-002", "log_group_retention", "Log group retention below the documented minimum",
                    Severity.MEDIUM, "AWS::Logs::LogGroup"),
            rule("TG-IAM-004", "iam-user-mfa", "IAM user without MFA", Severity.LOW, "AWS::IAM::User"),
            rule("TG-TAG-001", "", "Resource lacks an owner tag", Severity.INFO, "AWS::EC2::Instance"));

    /**
     * Two small frameworks over {@link #RULES}, every status present in {@link #hostile()}: FAILING (1.3.1, 10.5.1:
     * their rules have findings), PASSING (2.2.1: TG-TAG-001 ran and found nothing), NOT_ASSESSED (3.5.1: its rule
     * is not in this scan's catalogue, so nothing judged it) and NOT_COVERED (12.10.1, 1.1: no rule), with hostile
     * text in a title and a reason; 2.2.1 carries a scope note (a reason on a covered requirement).
     */
    static final List<Framework> FRAMEWORKS = List.of(
            new Framework("pci-dss-4.0", "PCI DSS", "4.0", "PCI-DSS-4.0", null, "rules/frameworks/pci-dss-4.0.yaml",
                    List.of(requirement("1.3.1", "Inbound traffic to the CDE is restricted", "TG-NET-001"),
                            requirement("10.5.1", "Audit logs are kept long enough " + ATTR, "TG-LOG-002"),
                            new Framework.Requirement("2.2.1", "Configuration standards are applied",
                                    List.of("TG-TAG-001"), "Checked in part: owner tags only", -1),
                            requirement("3.5.1", "Stored account data is unreadable", "TG-ENC-003"),
                            new Framework.Requirement("12.10.1", "An incident response plan exists", List.of(),
                                    "Organisational process " + IMG, -1))),
            new Framework("cis-aws-foundations-3.0", "CIS AWS Foundations Benchmark", "3.0.0", "CIS-AWS-3.0", null,
                    "rules/frameworks/cis-aws-foundations-3.0.yaml",
                    List.of(requirement("5.2", "No admin ports open to the world", "TG-NET-001", "TG-TAG-001"),
                            new Framework.Requirement("1.1", "Contact details are current", List.of(), null, -1))));

    private static Framework.Requirement requirement(String id, String title, String... rules) {
        return new Framework.Requirement(id, title, List.of(rules), null, -1);
    }

    /** Six findings (one of a rule not in the catalogue), two not-assessed items, hostile text throughout. */
    static ScanResult hostile() {
        List<Finding> findings = List.of(
                finding("TG-NET-001", Severity.HIGH, "arn:aws:ec2:eu-west-1:" + ACCOUNT + ":security-group/sg-0abc",
                        "AWS::EC2::SecurityGroup", SCRIPT, "eu-west-1", "Port 22 open to 0.0.0.0/0 " + SCRIPT,
                        evidence("ingress", "0.0.0.0/0:22", "tag:Name", IMG, "tag:Owner", ATTR)),
                finding("TG-NET-001", Severity.HIGH, "arn:aws:ec2:eu-west-1:" + ACCOUNT + ":security-group/sg-0def",
                        "AWS::EC2::SecurityGroup", IMG, "eu-west-1", "Port 22 open to ::/0",
                        evidence("ingress", "::/0:22")),
                finding("TG-S3-001", Severity.CRITICAL, "arn:aws:s3:::prod-data", "AWS::S3::Bucket", "prod-data",
                        "us-east-1", "Bucket policy grants s3:GetObject to \"*\"",
                        evidence(SCRIPT, "key is hostile too")),
                finding("TG-LOG-002", Severity.MEDIUM,
                        "arn:aws:logs:eu-west-1:" + ACCOUNT + ":log-group:/aws/lambda/pay:*", "AWS::Logs::LogGroup",
                        "/aws/lambda/pay", "eu-west-1", "Retention 7 days, documented minimum 365",
                        evidence("retentionInDays", "7")),
                finding("TG-IAM-004", Severity.LOW, "arn:aws:iam::" + ACCOUNT + ":user/dev ops/älice",
                        "AWS::IAM::User", "älice", "", "User has a console password and no MFA", Map.of()),
                finding("TG-ORPHAN-9", Severity.INFO, "arn:aws:ec2:eu-west-1:" + ACCOUNT + ":instance/i-0123",
                        "AWS::EC2::Instance", "i-0123", "eu-west-1", "", Map.of()));
        List<NotAssessed> notAssessed = List.of(
                new NotAssessed("TG-S3-001", "444455556666", "us-east-1", "AWS::S3::Bucket", null,
                        "AWS::S3::Bucket not collected: AccessDenied"),
                new NotAssessed("TG-LOG-002", ACCOUNT, "eu-west-1", "AWS::Logs::LogGroup",
                        "arn:aws:logs:eu-west-1:" + ACCOUNT + ":log-group:" + IMG, SCRIPT + " lacks retention"));
        List<Coverage> coverage = List.of(
                Coverage.collected(ACCOUNT, "eu-west-1", "AWS::EC2::SecurityGroup", "config-snapshot"),
                Coverage.collected(ACCOUNT, "eu-west-1", "AWS::Logs::LogGroup", "config-snapshot"),
                new Coverage("444455556666", "us-east-1", "AWS::S3::Bucket", Coverage.State.FAILED, "live",
                        "AccessDenied " + SCRIPT));
        return scan(findings, notAssessed, coverage);
    }

    /** The hostile scan as a gate run: frozen, lifted by an emergency override whose reason is hostile text. */
    static ScanResult gated() {
        return hostile().withDeployment(new DeployCalendar.Decision(Instant.parse("2026-11-26T11:00:00Z"),
                "payments-prod", "deploy", true, false, true,
                List.of("emergency hotfix override approved by Jane Doe: INC-1 " + SCRIPT,
                        "inside the freeze period Black Friday (11-25..11-30, UTC days; frozen until "
                                + "2026-12-01T00:00:00Z)", "inside the deploy window Tue-Thu 10:00-14:00 UTC",
                        "next allowed: 2026-12-01T10:00:00Z"),
                new DeployCalendar.ActiveFreeze("Black Friday", "11-25..11-30", Instant.parse("2026-12-01T00:00:00Z")),
                "Tue-Thu 10:00-14:00 UTC", Instant.parse("2026-11-26T14:00:00Z"), Instant.parse("2026-12-01T10:00:00Z"),
                List.of("Tue-Thu 10:00-14:00 UTC"), List.of("11-25..11-30 Black Friday"),
                new DeployCalendar.Override("INC-1 " + SCRIPT, "Jane Doe")));
    }

    /** Nothing found, nothing missing. */
    static ScanResult clean() {
        return scan(List.of(), List.of(), List.of(
                Coverage.collected(ACCOUNT, "eu-west-1", "AWS::EC2::SecurityGroup", "config-snapshot")));
    }

    static ScanResult scan(List<Finding> findings, List<NotAssessed> notAssessed, List<Coverage> coverage) {
        return new ScanResult(ScanResult.SCHEMA_VERSION, ScanResult.TOOL, "0.1.0", AS_OF, CAPTURED_AT,
                new ScanResult.EnvironmentInfo("payments-prod", "Payments platform " + SCRIPT,
                        "docs/payments.md"),
                List.of("snapshots/config-" + SCRIPT + ".json", "gaad.json"), 42, RULES, findings, notAssessed,
                coverage, Gate.decide(Severity.HIGH, findings, notAssessed),
                FrameworkResult.evaluate(FRAMEWORKS, RULES.stream().map(RuleMeta::id).toList(), findings, notAssessed));
    }

    static Finding finding(String ruleId, Severity severity, String arn, String type, String name, String region,
                           String message, Map<String, String> evidence) {
        String title = RULES.stream().filter(r -> r.id().equals(ruleId)).map(RuleMeta::title).findFirst()
                .orElse("Orphan rule " + ruleId);
        return new Finding(ruleId, severity, title, arn, type, name, ACCOUNT, region, message, evidence);
    }

    private static RuleMeta rule(String id, String name, String title, Severity severity, String type) {
        return new RuleMeta(id, name, title, severity, type, List.of(type), "Checks that " + title.toLowerCase() + ".",
                "Fix it: see the runbook for " + id + ".", "rules/" + id.toLowerCase() + ".drl");
    }

    private static Map<String, String> evidence(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
