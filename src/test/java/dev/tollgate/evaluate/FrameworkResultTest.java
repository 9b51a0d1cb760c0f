package dev.tollgate.evaluate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.tollgate.evaluate.FrameworkResult.Status.FAILING;
import static dev.tollgate.evaluate.FrameworkResult.Status.NOT_ASSESSED;
import static dev.tollgate.evaluate.FrameworkResult.Status.NOT_COVERED;
import static dev.tollgate.evaluate.FrameworkResult.Status.PASSING;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Requirement statuses: FAILING, NOT_ASSESSED, PASSING, NOT_COVERED, each from the mapped rules' results. */
class FrameworkResultTest {
    private static final Framework FW = new Framework("ex-1", "Example", "1", "EX-1", null, "rules/frameworks/ex.yaml",
            List.of(req("fail", "TG-A-001", "TG-B-001"),      // A has a finding, B is not assessed: failing wins
                    req("unknown", "TG-B-001", "TG-C-001"),   // B not assessed somewhere, C clean
                    req("pass", "TG-C-001", "TG-D-001"),      // both ran, assessed everywhere, nothing found
                    req("notrun", "TG-C-001", "TG-Z-001"),    // Z is not in this scan's catalogue
                    req("uncovered")));                        // no rule at all

    private static Framework.Requirement req(String id, String... rules) {
        return new Framework.Requirement(id, "Title " + id, List.of(rules), rules.length == 0 ? "Process" : null, 3);
    }

    private static Finding finding(String rule) {
        return new Finding(rule, Severity.HIGH, "t", "arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1",
                "AWS::EC2::SecurityGroup", "sg-1", "111122223333", "eu-west-1", "m", Map.of());
    }

    private static NotAssessed notAssessed(String rule) {
        return new NotAssessed(rule, "111122223333", "eu-west-1", "AWS::RDS::DBInstance", null, "not collected");
    }

    private static FrameworkResult evaluate(List<Finding> findings, List<NotAssessed> notAssessed) {
        List<FrameworkResult> out = FrameworkResult.evaluate(List.of(FW),
                List.of("TG-A-001", "TG-B-001", "TG-C-001", "TG-D-001"), findings, notAssessed);
        assertEquals(1, out.size());
        return out.get(0);
    }

    @Test
    void eachStatusFollowsFromTheMappedRules() {
        FrameworkResult r = evaluate(List.of(finding("TG-A-001"), finding("TG-A-001")), List.of(notAssessed("TG-B-001")));
        assertEquals(List.of(FAILING, NOT_ASSESSED, PASSING, NOT_ASSESSED, NOT_COVERED),
                r.requirements().stream().map(FrameworkResult.RequirementResult::status).toList());
        FrameworkResult.RequirementResult fail = r.requirements().get(0);
        assertEquals(2, fail.findings());
        assertEquals(1, fail.notAssessed());
        assertEquals(List.of(new FrameworkResult.RuleResult("TG-A-001", 2, 0, true),
                new FrameworkResult.RuleResult("TG-B-001", 0, 1, true)), fail.rules());
        assertEquals(List.of(new FrameworkResult.RuleResult("TG-C-001", 0, 0, true),
                new FrameworkResult.RuleResult("TG-Z-001", 0, 0, false)), r.requirements().get(3).rules());
        assertEquals(new FrameworkResult.Summary(5, 1, 2, 1, 1), r.summary());
        assertEquals(4, r.summary().covered());
        assertEquals("Process", r.requirements().get(4).reason());
    }

    @Test
    void aCleanScanNeverMakesAnUncoveredRequirementPass() {
        FrameworkResult r = evaluate(List.of(), List.of());
        assertEquals(List.of(PASSING, PASSING, PASSING, NOT_ASSESSED, NOT_COVERED),
                r.requirements().stream().map(FrameworkResult.RequirementResult::status).toList());
    }

    @Test
    void aNotAssessedItemKeepsARequirementFromPassing() {
        FrameworkResult r = evaluate(List.of(), List.of(notAssessed("TG-D-001")));
        assertEquals(NOT_ASSESSED, r.requirements().get(2).status());
        assertEquals(PASSING, r.requirements().get(1).status());
    }

    @Test
    void statusRule() {
        assertEquals(NOT_COVERED, FrameworkResult.status(false, 0, 0, false));
        assertEquals(FAILING, FrameworkResult.status(true, 1, 5, true));
        assertEquals(NOT_ASSESSED, FrameworkResult.status(true, 0, 1, false));
        assertEquals(NOT_ASSESSED, FrameworkResult.status(true, 0, 0, true));
        assertEquals(PASSING, FrameworkResult.status(true, 0, 0, false));
        assertEquals("NOT ASSESSED", NOT_ASSESSED.label());
        assertEquals("not-covered", NOT_COVERED.css());
    }

    @Test
    void refsByRuleListEveryRequirementARuleMapsTo() {
        Map<String, List<FrameworkResult.Ref>> refs = FrameworkResult.refsByRule(List.of(evaluate(List.of(), List.of())));
        assertEquals(List.of("ex-1:unknown", "ex-1:pass", "ex-1:notrun"),
                refs.get("TG-C-001").stream().map(FrameworkResult.Ref::ref).toList());
        assertEquals("EX-1/fail", refs.get("TG-A-001").get(0).sarifTag());
        assertEquals(null, refs.get("TG-NONE-001"));
    }
}
