package dev.tollgate.evaluate.iam;

import dev.tollgate.model.EscalationPath;
import dev.tollgate.model.IamPolicy;
import dev.tollgate.model.InlinePolicy;
import dev.tollgate.model.PolicyDocument;
import dev.tollgate.model.Resource;
import dev.tollgate.model.ScanClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static dev.tollgate.evaluate.iam.Policies.ACCT;
import static dev.tollgate.evaluate.iam.Policies.awsManaged;
import static dev.tollgate.evaluate.iam.Policies.group;
import static dev.tollgate.evaluate.iam.Policies.managed;
import static dev.tollgate.evaluate.iam.Policies.role;
import static dev.tollgate.evaluate.iam.Policies.stmts;
import static dev.tollgate.evaluate.iam.Policies.trustService;
import static dev.tollgate.evaluate.iam.Policies.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every escalation method: its actions granted on "*" are detected; the same behind a restricting condition, on a
 * resource that cannot be exploited (AWS-owned ARNs), or with an explicit Deny is not; multi-action methods are
 * detected when the actions come from different policies of the principal (user inline, group, attached).
 * Each scenario is an account where the method has something worth taking: administrator roles trusting each
 * service (in instance profiles), an administrator user and group, a role the account root may assume.
 */
class EscalationMethodsTest {
    static final IamAnalyzer ANALYZER = new IamAnalyzer(ActionCatalogue.standard());
    static final IamPolicy ADMIN = awsManaged("AdministratorAccess", stmts("{'Effect':'Allow','Action':'*','Resource':'*'}"));

    static Stream<EscalationMethod> methods() {
        return EscalationMethod.ALL.stream();
    }

    /** The account around the principal under test. */
    private static List<Resource> environment() {
        List<Resource> env = new ArrayList<>();
        env.add(ADMIN);
        Set<String> services = new LinkedHashSet<>();
        EscalationMethod.ALL.forEach(m -> services.addAll(m.trustServices()));
        for (String s : services) {
            String name = "admin-" + s.substring(0, s.indexOf('.'));
            env.add(role(name, "/", trustService(s), List.of(), List.of(ADMIN.arn()),
                    List.of("arn:aws:iam::" + ACCT + ":instance-profile/" + name)));
        }
        env.add(role("ops", "/", stmts("{'Effect':'Allow','Principal':{'AWS':'arn:aws:iam::" + ACCT + ":root'},'Action':'sts:AssumeRole'}"),
                List.of(), List.of(), List.of()));
        env.add(user("other-admin", List.of(), List.of(ADMIN.arn()), List.of(), null));
        env.add(group("Admins", List.of(), List.of(ADMIN.arn())));
        env.add(group("Team", List.of(), List.of()));
        return env;
    }

    private static boolean roleOnly(EscalationMethod m) {
        return !m.principals().contains(Principal.Kind.USER);
    }

    /** The principal, holding the customer-managed policy {@code grant} and the inline statements. */
    private static List<Resource> scenario(EscalationMethod m, PolicyDocument grant, List<InlinePolicy> inline,
                                           List<InlinePolicy> groupInline) {
        List<Resource> env = environment();
        IamPolicy g = managed("Grant", grant);
        env.add(g);
        if (roleOnly(m)) {
            env.add(role("subject", "/", trustService("ec2.amazonaws.com"), inline, List.of(g.arn()), List.of()));
        } else {
            env.removeIf(r -> r.name().equals("Team"));
            env.add(group("Team", groupInline, List.of()));
            env.add(user("subject", inline, List.of(g.arn()), List.of("Team"), null));
        }
        return env;
    }

    private static String subjectArn(EscalationMethod m) {
        return "arn:aws:iam::" + ACCT + (roleOnly(m) ? ":role/subject" : ":user/subject");
    }

    private static EscalationPath path(EscalationMethod m, List<Resource> env) {
        return ANALYZER.derive(Policies.snapshot(env), new ScanClock(Instant.parse("2026-11-20T00:00:00Z"))).stream()
                .filter(f -> f instanceof EscalationPath e && e.method().equals(m.name()) && e.principalArn().equals(subjectArn(m)))
                .map(f -> (EscalationPath) f).findFirst().orElse(null);
    }

    private static String actions(EscalationMethod m) {
        return "['" + String.join("','", m.actions()) + "']";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void grantedOnEverythingIsDetected(EscalationMethod m) {
        EscalationPath p = path(m, scenario(m, stmts("{'Sid':'Grant','Effect':'Allow','Action':" + actions(m) + ",'Resource':'*'}"),
                List.of(), List.of()));
        assertNotNull(p, m.name() + " not detected");
        assertFalse(p.conditional());
        assertEquals(m.actions(), p.actions());
        assertFalse(p.targets().isEmpty());
        assertTrue(p.evidence().get(0).startsWith(m.actions().get(0) + ": "), p.evidence().toString());
        if (!m.actions().get(0).equals("sts:AssumeRole")) {
            assertTrue(p.evidence().get(0).contains("arn:aws:iam::" + ACCT + ":policy/Grant, Sid Grant"), p.evidence().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void aRestrictingConditionMakesItConditionalNotUnconditional(EscalationMethod m) {
        EscalationPath p = path(m, scenario(m, stmts("{'Effect':'Allow','Action':" + actions(m) + ",'Resource':'*',"
                + "'Condition':{'IpAddress':{'aws:SourceIp':'203.0.113.0/24'}}}"), List.of(), List.of()));
        assertTrue(p == null || p.conditional(), m.name() + " reported as unconditional: " + p);
        assertNotNull(p, "a conditional grant is still listed as conditional");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void awsOwnedResourcesAreNotExploitable(EscalationMethod m) {
        List<String> st = new ArrayList<>();
        for (String a : m.actions()) {
            String svc = a.substring(0, a.indexOf(':'));
            st.add("{'Effect':'Allow','Action':'" + a + "','Resource':'arn:aws:" + svc + ":*:aws:*'}");
        }
        assertNull(path(m, scenario(m, stmts(st.toArray(String[]::new)), List.of(), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void anExplicitDenyBlocksIt(EscalationMethod m) {
        assertNull(path(m, scenario(m, stmts("{'Effect':'Allow','Action':" + actions(m) + ",'Resource':'*'}",
                "{'Sid':'Guard','Effect':'Deny','Action':'" + m.actions().get(m.actions().size() - 1) + "','Resource':'*'}"),
                List.of(), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void actionsSplitAcrossPoliciesStillCount(EscalationMethod m) {
        if (m.actions().size() < 2) {
            return;
        }
        List<String> acts = m.actions();
        PolicyDocument attached = stmts("{'Effect':'Allow','Action':'" + acts.get(0) + "','Resource':'*'}");
        List<InlinePolicy> inline = List.of(new InlinePolicy("own",
                stmts("{'Effect':'Allow','Action':'" + acts.get(1) + "','Resource':'*'}")));
        List<InlinePolicy> groupInline = new ArrayList<>();
        for (int i = 2; i < acts.size(); i++) {
            groupInline.add(new InlinePolicy("team" + i, stmts("{'Effect':'Allow','Action':'" + acts.get(i) + "','Resource':'*'}")));
        }
        EscalationPath p = path(m, scenario(m, attached, inline, groupInline));
        assertNotNull(p, m.name() + " split across policies not detected");
        assertFalse(p.conditional());
        String ev = String.join(" | ", p.evidence());
        if (!acts.get(1).equals("sts:AssumeRole")) {
            assertTrue(ev.contains("inline own"), ev);
        }
        if (acts.size() > 2) {
            assertTrue(ev.contains("(group Team)"), ev);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void nothingWorthTakingIsNotAnEscalation(EscalationMethod m) {
        // the same grant in an account where every other principal holds nothing the subject lacks
        List<Resource> env = new ArrayList<>(scenario(m, stmts("{'Effect':'Allow','Action':" + actions(m) + ",'Resource':'*'}"),
                List.of(), List.of()));
        env.removeIf(r -> r != null && !r.name().equals("subject") && !r.name().equals("Grant") && !r.name().equals("Team"));
        EscalationPath p = path(m, env);
        switch (m.target()) {
            case SELF, OWN_POLICY, OWN_GROUP -> assertNotNull(p, "self-modification needs no other principal");
            default -> assertNull(p, m.name() + " reported with nothing to gain: " + p);
        }
    }
}
