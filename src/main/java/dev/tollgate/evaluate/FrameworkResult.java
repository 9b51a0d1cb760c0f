package dev.tollgate.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A framework edition's requirements as judged by one scan. Each requirement's status:
 * <ul>
 *   <li>{@link Status#FAILING}: some mapped rule has a finding;</li>
 *   <li>{@link Status#NOT_ASSESSED}: no finding, but some mapped rule could not be judged somewhere (a resource
 *       type not collected, an unreadable item, an unknown setting) or was not part of this scan;</li>
 *   <li>{@link Status#PASSING}: every mapped rule ran, was assessed everywhere and found nothing;</li>
 *   <li>{@link Status#NOT_COVERED}: no rule maps to the requirement: nothing was checked, so it is never passing.</li>
 * </ul>
 *
 * @param id      framework edition id, e.g. {@code pci-dss-4.0}
 * @param summary counts per status
 */
public record FrameworkResult(String id, String name, String version, String tag, String url, String source,
                              Summary summary, List<RequirementResult> requirements) {
    public FrameworkResult {
        requirements = List.copyOf(requirements);
    }

    /** A requirement's status in a scan, worst first. */
    public enum Status {
        FAILING, NOT_ASSESSED, PASSING, NOT_COVERED;

        /** {@code NOT ASSESSED}: for display. */
        public String label() {
            return name().replace('_', ' ');
        }

        /** {@code not-assessed}: for CSS classes. */
        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** Requirements per status. */
    public record Summary(int requirements, int failing, int notAssessed, int passing, int notCovered) {
        /** Requirements some rule maps to. */
        public int covered() {
            return requirements - notCovered;
        }
    }

    /**
     * One requirement's result.
     *
     * @param findings    findings of its mapped rules (a finding counts once per requirement)
     * @param notAssessed not-assessed items of its mapped rules
     * @param reason      why no rule covers it (from the mapping), when given
     */
    public record RequirementResult(String id, String title, Status status, long findings, long notAssessed,
                                    List<RuleResult> rules, String reason) {
        public RequirementResult {
            rules = List.copyOf(rules);
        }
    }

    /**
     * A mapped rule's part in a requirement.
     *
     * @param evaluated false when the rule was not in this scan's catalogue (then it counts as not assessed)
     */
    public record RuleResult(String rule, long findings, long notAssessed, boolean evaluated) {
    }

    /** A requirement a rule maps to, with what reports print about it. */
    public record Ref(String framework, String name, String version, String tag, String requirement, String title) {
        /** {@code pci-dss-4.0:1.3.1}: the JSON form. */
        public String ref() {
            return framework + ":" + requirement;
        }

        /** {@code PCI-DSS-4.0/1.3.1}: the SARIF tag. */
        public String sarifTag() {
            return tag + "/" + requirement;
        }
    }

    /**
     * Judges every requirement of each framework.
     *
     * @param evaluatedRules ids of the rules this scan ran (its catalogue)
     */
    public static List<FrameworkResult> evaluate(List<Framework> frameworks, Collection<String> evaluatedRules,
                                                 List<Finding> findings, List<NotAssessed> notAssessed) {
        Set<String> ran = new HashSet<>(evaluatedRules);
        Map<String, Long> found = new HashMap<>();
        findings.forEach(f -> found.merge(f.ruleId(), 1L, Long::sum));
        Map<String, Long> unknown = new HashMap<>();
        notAssessed.forEach(n -> unknown.merge(n.ruleId(), 1L, Long::sum));
        List<FrameworkResult> out = new ArrayList<>();
        for (Framework fw : frameworks) {
            List<RequirementResult> results = new ArrayList<>();
            int[] counts = new int[Status.values().length];
            for (Framework.Requirement r : fw.requirements()) {
                List<RuleResult> rules = new ArrayList<>();
                long f = 0;
                long n = 0;
                boolean missing = false;
                for (String rule : r.rules()) {
                    boolean evaluated = ran.contains(rule);
                    RuleResult rr = new RuleResult(rule, found.getOrDefault(rule, 0L), unknown.getOrDefault(rule, 0L),
                            evaluated);
                    rules.add(rr);
                    f += rr.findings();
                    n += rr.notAssessed();
                    missing |= !evaluated;
                }
                Status status = status(r.covered(), f, n, missing);
                counts[status.ordinal()]++;
                results.add(new RequirementResult(r.id(), r.title(), status, f, n, rules, r.reason()));
            }
            out.add(new FrameworkResult(fw.id(), fw.name(), fw.version(), fw.tag(), fw.url(), fw.source(),
                    new Summary(results.size(), counts[Status.FAILING.ordinal()], counts[Status.NOT_ASSESSED.ordinal()],
                            counts[Status.PASSING.ordinal()], counts[Status.NOT_COVERED.ordinal()]), results));
        }
        return List.copyOf(out);
    }

    /** The status rule, in one place: a finding fails it; anything unjudged keeps it from passing. */
    static Status status(boolean covered, long findings, long notAssessed, boolean someRuleNotRun) {
        if (!covered) {
            return Status.NOT_COVERED;
        }
        if (findings > 0) {
            return Status.FAILING;
        }
        if (notAssessed > 0 || someRuleNotRun) {
            return Status.NOT_ASSESSED;
        }
        return Status.PASSING;
    }

    /** For each rule id, the requirements it maps to, in framework then file order. */
    public static Map<String, List<Ref>> refsByRule(List<FrameworkResult> frameworks) {
        Map<String, List<Ref>> out = new LinkedHashMap<>();
        for (FrameworkResult fw : frameworks) {
            for (RequirementResult r : fw.requirements()) {
                for (RuleResult rule : r.rules()) {
                    out.computeIfAbsent(rule.rule(), k -> new ArrayList<>())
                            .add(new Ref(fw.id(), fw.name(), fw.version(), fw.tag(), r.id(), r.title()));
                }
            }
        }
        return out;
    }
}
