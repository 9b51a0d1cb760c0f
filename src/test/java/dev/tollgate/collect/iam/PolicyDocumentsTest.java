package dev.tollgate.collect.iam;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.tollgate.model.Condition;
import dev.tollgate.model.PolicyDocument;
import dev.tollgate.model.PolicyStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyDocumentsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String S3_READ = """
            {"Version":"2012-10-17","Statement":[{"Sid":"Read","Effect":"Allow",
             "Action":["s3:GetObject","s3:ListBucket"],"Resource":"arn:aws:s3:::bucket/*"}]}""";

    /** RFC 3986 encoding as IAM does it: spaces as %20, '+' as %2B, every reserved character escaped. */
    static String iamEncode(String json) {
        return URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    private static final PolicyStatement S3_READ_STATEMENT = new PolicyStatement("Read", true,
            List.of("s3:GetObject", "s3:ListBucket"), List.of(), List.of("arn:aws:s3:::bucket/*"), List.of(),
            Map.of(), Map.of(), List.of());

    @Test
    void parsesAJsonObject() throws Exception {
        PolicyDocument d = PolicyDocuments.parse(MAPPER.readTree(S3_READ));
        assertEquals(new PolicyDocument("2012-10-17", List.of(S3_READ_STATEMENT)), d);
    }

    @Test
    void parsesJsonTextAndAJsonStringNode() {
        assertEquals(new PolicyDocument("2012-10-17", List.of(S3_READ_STATEMENT)), PolicyDocuments.parse(S3_READ));
        assertEquals(new PolicyDocument("2012-10-17", List.of(S3_READ_STATEMENT)),
                PolicyDocuments.parse(TextNode.valueOf(S3_READ)));
    }

    @Test
    void parsesJsonEncodedAsAJsonString() throws Exception {
        String twice = MAPPER.writeValueAsString(S3_READ);
        assertEquals(new PolicyDocument("2012-10-17", List.of(S3_READ_STATEMENT)), PolicyDocuments.parse(twice));
    }

    @Test
    void parsesUrlEncodedText() {
        String encoded = iamEncode(S3_READ);
        assertTrue(encoded.startsWith("%7B%22Version%22%3A%222012-10-17%22"), encoded);
        assertEquals(new PolicyDocument("2012-10-17", List.of(S3_READ_STATEMENT)), PolicyDocuments.parse(encoded));
        String lowerHex = java.util.regex.Pattern.compile("%[0-9A-F]{2}").matcher(encoded)
                .replaceAll(m -> m.group().toLowerCase());
        assertTrue(lowerHex.startsWith("%7b%22Version%22%3a"), lowerHex);
        assertEquals(new PolicyDocument("2012-10-17", List.of(S3_READ_STATEMENT)),
                PolicyDocuments.parse(TextNode.valueOf(lowerHex)));
    }

    @Test
    void plusAndSpacesSurviveUrlDecoding() {
        String json = """
                {"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"sts:AssumeRole",
                 "Principal":{"AWS":"arn:aws:iam::111122223333:user/a+b"},
                 "Condition":{"StringEquals":{"sts:ExternalId":"x+y z"}}}}""";
        String encoded = iamEncode(json);
        assertTrue(encoded.contains("x%2By%20z"), encoded);
        PolicyStatement s = PolicyDocuments.parse(encoded).statements().get(0);
        assertEquals(List.of(new Condition("StringEquals", "sts:ExternalId", List.of("x+y z"))), s.conditions());
        assertEquals(Map.of("AWS", List.of("arn:aws:iam::111122223333:user/a+b")), s.principals());

        // A '+' left unencoded (RFC 3986 allows it) is a literal plus too, never a space.
        String rawPlus = encoded.replace("%2B", "+");
        assertTrue(rawPlus.contains("x+y%20z"), rawPlus);
        PolicyStatement s2 = PolicyDocuments.parse(rawPlus).statements().get(0);
        assertEquals(List.of("x+y z"), s2.conditions().get(0).values());
        assertEquals(List.of("arn:aws:iam::111122223333:user/a+b"), s2.principals().get("AWS"));
    }

    @Test
    void prettyPrintedUrlEncodedDocument() {
        // Config and IAM keep the author's whitespace: %0A newlines and %20 indentation.
        String encoded = "%7B%0A%20%20%20%20%22Version%22%3A%20%222012-10-17%22%2C%0A%20%20%20%20%22Statement%22%3A%20%5B%0A"
                + "%20%20%20%20%20%20%20%20%7B%22Effect%22%3A%20%22Deny%22%2C%20%22Action%22%3A%20%22s3%3A%2A%22%2C"
                + "%20%22Resource%22%3A%20%22%2A%22%7D%0A%20%20%20%20%5D%0A%7D";
        PolicyDocument d = PolicyDocuments.parse(encoded);
        assertEquals(new PolicyDocument("2012-10-17", List.of(new PolicyStatement(null, false, List.of("s3:*"), List.of(),
                List.of("*"), List.of(), Map.of(), Map.of(), List.of()))), d);
    }

    @Test
    void principalStarAndPrincipalMaps() {
        PolicyDocument d = PolicyDocuments.parse("""
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::site/*"},
                 {"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:root","arn:aws:iam::444455556666:role/x"],
                   "Service":"ec2.amazonaws.com","Federated":"cognito-identity.amazonaws.com",
                   "CanonicalUser":"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"},
                  "Action":["sts:AssumeRole","sts:AssumeRoleWithWebIdentity"]},
                 {"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sqs:SendMessage","Resource":"*"},
                 {"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:role/admin"},"Action":"s3:DeleteBucket","Resource":"*"}
                ]}""");
        List<PolicyStatement> s = d.statements();
        assertEquals(Map.of("*", List.of("*")), s.get(0).principals());
        assertTrue(s.get(0).anyPrincipal());
        assertEquals(Map.of(
                "AWS", List.of("arn:aws:iam::111122223333:root", "arn:aws:iam::444455556666:role/x"),
                "Service", List.of("ec2.amazonaws.com"),
                "Federated", List.of("cognito-identity.amazonaws.com"),
                "CanonicalUser", List.of("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be")),
                s.get(1).principals());
        assertFalse(s.get(1).anyPrincipal());
        assertEquals(List.of(), s.get(1).resources());
        assertEquals(Map.of("AWS", List.of("*")), s.get(2).principals());
        assertTrue(s.get(2).anyPrincipal());
        assertEquals(Map.of(), s.get(3).principals());
        assertEquals(Map.of("AWS", List.of("arn:aws:iam::111122223333:role/admin")), s.get(3).notPrincipals());
        assertFalse(s.get(3).allow());
    }

    @Test
    void notActionAndNotResource() {
        PolicyStatement s = PolicyDocuments.parse("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":["iam:*","organizations:*"],
                 "NotResource":"arn:aws:s3:::audit-logs/*"}]}""").statements().get(0);
        assertEquals(List.of(), s.actions());
        assertEquals(List.of("iam:*", "organizations:*"), s.notActions());
        assertEquals(List.of(), s.resources());
        assertEquals(List.of("arn:aws:s3:::audit-logs/*"), s.notResources());
        assertTrue(s.allow());
    }

    @Test
    void conditionsWithListScalarBooleanAndNumberValues() {
        PolicyStatement s = PolicyDocuments.parse("""
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{
                  "StringNotEquals":{"aws:RequestedRegion":["eu-west-1","eu-central-1"],"aws:PrincipalTag/team":"sec"},
                  "Bool":{"aws:SecureTransport":false},
                  "NumericGreaterThan":{"aws:MultiFactorAuthAge":3600},
                  "ForAnyValue:StringLike":{"aws:TagKeys":["tmp-*"]},
                  "Null":{"aws:TokenIssueTime":[true, false]}}}]}""").statements().get(0);
        assertEquals(List.of(
                new Condition("StringNotEquals", "aws:RequestedRegion", List.of("eu-west-1", "eu-central-1")),
                new Condition("StringNotEquals", "aws:PrincipalTag/team", List.of("sec")),
                new Condition("Bool", "aws:SecureTransport", List.of("false")),
                new Condition("NumericGreaterThan", "aws:MultiFactorAuthAge", List.of("3600")),
                new Condition("ForAnyValue:StringLike", "aws:TagKeys", List.of("tmp-*")),
                new Condition("Null", "aws:TokenIssueTime", List.of("true", "false"))), s.conditions());
        assertTrue(s.conditional());
    }

    @Test
    void documentWithoutVersionOrSidAndASingleStatementObject() {
        PolicyDocument d = PolicyDocuments.parse("""
                {"Statement":{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"}}""");
        assertNull(d.version(), "an absent Version stays absent (the SDK parser would report 2012-10-17)");
        assertEquals(1, d.statements().size());
        assertNull(d.statements().get(0).sid());
        assertEquals(List.of("ec2:Describe*"), d.statements().get(0).actions());
    }

    @Test
    void emptyStatementListIsAnEmptyDocument() {
        assertEquals(new PolicyDocument("2012-10-17", List.of()),
                PolicyDocuments.parse("{\"Version\":\"2012-10-17\",\"Statement\":[]}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"Statement\":[{\"Effect\":\"Allow\",",
            "not a policy",
            "[1,2]",
            "{\"Version\":\"2012-10-17\"}",
            "{\"Statement\":[{\"Action\":\"*\",\"Resource\":\"*\"}]}",
            "{\"Statement\":[{\"Effect\":\"Maybe\",\"Action\":\"*\"}]}",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":5}]}",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Principal\":{\"AWS\":123456789012}}]}",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Condition\":{\"Null\":{\"k\":null}}}]}",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Condition\":{\"StringEquals\":\"x\"}}]}",
            "{\"Statement\":\"x\"}",
            "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\"}]} trailing",
            "%7B%22Statement%ZZ",
            "%7B%22Statement%22%3A",
            "   "})
    void malformedPoliciesAreRejectedWithAOneLineMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyDocuments.parse(text));
        assertFalse(e.getMessage().isBlank());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void malformedMessagesSayWhatIsWrong() {
        assertEquals("Statement[0] has no Effect", assertThrows(IllegalArgumentException.class,
                () -> PolicyDocuments.parse("{\"Statement\":[{\"Action\":\"*\"}]}")).getMessage());
        assertEquals("policy document has no Statement", assertThrows(IllegalArgumentException.class,
                () -> PolicyDocuments.parse("{}")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PolicyDocuments.parse("{\"Statement\":"))
                .getMessage().startsWith("policy document is not valid JSON: "));
        assertEquals("policy document is missing", assertThrows(IllegalArgumentException.class,
                () -> PolicyDocuments.parse((com.fasterxml.jackson.databind.JsonNode) null)).getMessage());
    }
}
