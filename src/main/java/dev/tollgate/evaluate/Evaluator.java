package dev.tollgate.evaluate;

import dev.tollgate.model.Coverage;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ScanClock;
import dev.tollgate.model.Snapshot;
import org.kie.api.runtime.KieSession;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a {@link RuleSet} over a snapshot: inserts the scan clock, the profile's parameters, the coverage
 * and the resources in scope, fires the rules, and adds "not assessed" entries for every rule whose
 * resource types were not collected (or failed to normalize) in a scope. Stateless between calls.
 */
public final class Evaluator {
    private final Redactor redactor = new Redactor();
    private final List<FactDeriver> derivers;

    /** An evaluator with the standard derivers. */
    public Evaluator() {
        this(Derivers.standard());
    }

    public Evaluator(List<FactDeriver> derivers) {
        this.derivers = List.copyOf(derivers);
    }

    /**
     * @param asOf the instant ages are judged against; null means the snapshot's capture time
     */
    public Evaluation evaluate(RuleSet rules, Snapshot snapshot, Profile profile, Instant asOf) {
        Instant clock = asOf != null ? asOf : snapshot.capturedAt();
        if (clock == null) {
            throw new IllegalArgumentException("no capture time: pass an as-of instant");
        }
        List<Coverage> coverage = snapshot.coverage().stream().filter(c -> inScope(profile, c.account(), c.region()))
                .toList();
        FindingSink sink = new FindingSink(rules, redactor);
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("findings", sink);
            ScanClock scanClock = new ScanClock(clock);
            session.insert(scanClock);
            profile.params().values().forEach(session::insert);
            coverage.forEach(session::insert);
            List<Resource> inScope = snapshot.resources().stream()
                    .filter(r -> inScope(profile, r.account(), r.region())).toList();
            inScope.forEach(session::insert);
            Snapshot scoped = new Snapshot(snapshot.capturedAt(), snapshot.producer(), snapshot.sources(), inScope,
                    coverage);
            for (FactDeriver d : derivers) {
                d.derive(scoped, scanClock).forEach(session::insert);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        List<Finding> findings = new ArrayList<>(sink.findings());
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::ruleId)
                .thenComparing(Finding::resourceArn));
        Set<NotAssessed> gaps = new LinkedHashSet<>(coverageGaps(rules, coverage));
        gaps.addAll(sink.notAssessed());
        List<NotAssessed> notAssessed = new ArrayList<>(gaps);
        notAssessed.sort(Comparator.comparing(NotAssessed::ruleId)
                .thenComparing(n -> String.valueOf(n.account()))
                .thenComparing(n -> String.valueOf(n.region()))
                .thenComparing(n -> String.valueOf(n.resourceArn())));
        return new Evaluation(findings, notAssessed);
    }

    private static boolean inScope(Profile p, String account, String region) {
        return (p.accounts().isEmpty() || account == null || p.accounts().contains(account))
                && (p.regions().isEmpty() || region == null || FactTypes.GLOBAL.equals(region)
                || p.regions().contains(region));
    }

    /**
     * For each rule and each type it requires: every account (for global types) or every account and
     * region seen (for regional types) where the type was not collected is not assessed; so is every
     * resource whose item failed to normalize. An account with no regional data at all counts as one
     * scope, region "*", so regional rules are never silently skipped.
     */
    static List<NotAssessed> coverageGaps(RuleSet rules, List<Coverage> coverage) {
        Set<String> collected = new HashSet<>();
        Set<String> accounts = new TreeSet<>();
        Set<List<String>> regionalScopes = new LinkedHashSet<>();
        for (Coverage c : coverage) {
            if (c.account() != null) {
                accounts.add(c.account());
                if (c.region() != null && !FactTypes.GLOBAL.equals(c.region())) {
                    regionalScopes.add(List.of(c.account(), c.region()));
                }
            }
            if (c.state() == Coverage.State.COLLECTED) {
                collected.add(c.account() + "|" + c.region() + "|" + c.resourceType());
            }
        }
        for (String a : accounts) {
            if (regionalScopes.stream().noneMatch(s -> s.get(0).equals(a))) {
                regionalScopes.add(List.of(a, "*"));
            }
        }
        if (accounts.isEmpty()) {
            regionalScopes.add(List.of("*", "*"));
            accounts.add("*");
        }
        List<NotAssessed> out = new ArrayList<>();
        for (RuleMeta rule : rules.catalogue()) {
            for (String type : rule.requires()) {
                if (FactTypes.global(type)) {
                    for (String a : accounts) {
                        if (!collected.contains(a + "|" + FactTypes.GLOBAL + "|" + type)) {
                            out.add(new NotAssessed(rule.id(), a, FactTypes.GLOBAL, type, null, type + " not collected"));
                        }
                    }
                } else {
                    for (List<String> s : regionalScopes) {
                        if (!collected.contains(s.get(0) + "|" + s.get(1) + "|" + type)) {
                            out.add(new NotAssessed(rule.id(), s.get(0), s.get(1), type, null, type + " not collected"));
                        }
                    }
                }
                for (Coverage c : coverage) {
                    if (c.state() == Coverage.State.FAILED && type.equals(c.resourceType())) {
                        out.add(new NotAssessed(rule.id(), c.account(), c.region(), type, null,
                                "could not read: " + c.detail()));
                    }
                }
            }
        }
        return out;
    }
}
