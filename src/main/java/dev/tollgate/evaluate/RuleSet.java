package dev.tollgate.evaluate;

import org.kie.api.KieBase;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compiled, validated rule catalogue, ready to evaluate snapshots. Immutable; reusable across scans. */
public final class RuleSet {
    private final KieBase kieBase;
    private final Map<String, RuleMeta> byRuleName;
    private final List<RuleMeta> catalogue;

    RuleSet(KieBase kieBase, List<RuleMeta> catalogue) {
        this.kieBase = kieBase;
        this.catalogue = List.copyOf(catalogue);
        Map<String, RuleMeta> m = new LinkedHashMap<>();
        catalogue.forEach(r -> m.put(r.name(), r));
        this.byRuleName = Collections.unmodifiableMap(m);
    }

    KieBase kieBase() {
        return kieBase;
    }

    /** The rules, ordered by id. */
    public List<RuleMeta> catalogue() {
        return catalogue;
    }

    RuleMeta byRuleName(String ruleName) {
        return byRuleName.get(ruleName);
    }
}
