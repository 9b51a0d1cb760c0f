package dev.tollgate.evaluate;

import dev.tollgate.model.Resource;
import org.kie.api.runtime.rule.RuleContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DRL global {@code findings}: rules report here instead of inserting facts. Every call takes
 * the rule context ({@code drools} in a consequence) so the finding carries the rule's catalogue
 * metadata. Evidence is given as alternating key/value pairs and is redacted on the way in.
 * <pre>findings.flag(drools, $sg, "SSH (22) open to the internet", "peer", $p.peer());</pre>
 */
public final class FindingSink {
    private final RuleSet rules;
    private final Redactor redactor;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final List<NotAssessed> notAssessed = new ArrayList<>();

    FindingSink(RuleSet rules, Redactor redactor) {
        this.rules = rules;
        this.redactor = redactor;
    }

    /** Reports that {@code resource} fails the calling rule. One finding per rule and resource. */
    public void flag(Object drools, Resource resource, String message, Object... evidence) {
        add(meta(drools), resource.arn(), resource.resourceType(), resource.name(), resource.account(),
                resource.region(), message, evidence);
    }

    /**
     * Reports an account-level failure (no resource to name, e.g. "no multi-region trail"); the finding
     * names the account root ARN.
     */
    public void flagAccount(Object drools, String account, String region, String message, Object... evidence) {
        RuleMeta m = meta(drools);
        add(m, "arn:aws:iam::" + account + ":root", m.resourceType(), "account " + account, account, region,
                message, evidence);
    }

    /** Reports that the calling rule cannot judge {@code resource} (a setting it needs is unknown). */
    public void notAssessed(Object drools, Resource resource, String reason) {
        RuleMeta m = meta(drools);
        notAssessed.add(new NotAssessed(m.id(), resource.account(), resource.region(), resource.resourceType(),
                resource.arn(), reason));
    }

    private void add(RuleMeta m, String arn, String type, String name, String account, String region,
                     String message, Object[] evidence) {
        String key = m.id() + "|" + arn;
        if (findings.containsKey(key)) {
            return;
        }
        Map<String, String> ev = new LinkedHashMap<>();
        for (int i = 0; i + 1 < evidence.length; i += 2) {
            String k = String.valueOf(evidence[i]);
            ev.put(k, redactor.evidence(k, evidence[i + 1] == null ? null : String.valueOf(evidence[i + 1])));
        }
        if (evidence.length % 2 != 0) {
            throw new IllegalArgumentException("rule " + m.id() + ": evidence must be key/value pairs");
        }
        findings.put(key, new Finding(m.id(), m.severity(), m.title(), arn, type, name, account, region,
                redactor.text(message), ev));
    }

    private RuleMeta meta(Object drools) {
        String ruleName = ((RuleContext) drools).getRule().getName();
        RuleMeta m = rules.byRuleName(ruleName);
        if (m == null) {
            throw new IllegalStateException("rule \"" + ruleName + "\" is not in the catalogue");
        }
        return m;
    }

    List<Finding> findings() {
        return Collections.unmodifiableList(new ArrayList<>(findings.values()));
    }

    List<NotAssessed> notAssessed() {
        return Collections.unmodifiableList(notAssessed);
    }
}
