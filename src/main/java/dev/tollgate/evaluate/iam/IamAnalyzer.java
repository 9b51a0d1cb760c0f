package dev.tollgate.evaluate.iam;

import dev.tollgate.evaluate.FactDeriver;
import dev.tollgate.evaluate.iam.EscalationMethod.Target;
import dev.tollgate.evaluate.iam.PolicyEvaluator.Access;
import dev.tollgate.evaluate.iam.PolicyEvaluator.Decision;
import dev.tollgate.evaluate.iam.PolicyEvaluator.Summary;
import dev.tollgate.model.AdminAccess;
import dev.tollgate.model.Condition;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.EscalationPath;
import dev.tollgate.model.ExposureGrant;
import dev.tollgate.model.IamGroup;
import dev.tollgate.model.IamRole;
import dev.tollgate.model.IamUser;
import dev.tollgate.model.PolicyStatement;
import dev.tollgate.model.ScanClock;
import dev.tollgate.model.Snapshot;
import dev.tollgate.model.TrustIssue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Least-privilege analysis of the snapshot's IAM users and roles, as derived facts for the rules in
 * {@code rules/iam-privilege.drl}: {@link AdminAccess}, {@link EscalationPath}, {@link ExposureGrant},
 * {@link TrustIssue}. Each principal's statements are gathered and summarised once ({@link PrincipalResolver},
 * {@link PolicyEvaluator#summarize}); service-linked roles are not analysed as principals.
 *
 * <p><b>Escalation.</b> A method of {@link EscalationMethod#ALL} is reported when every one of its actions is granted
 * on something it can exploit: the principal's own customer-managed policies, itself, its groups, a role it may
 * assume, or a role (user, group) that holds something the principal does not already hold on every resource
 * ("more privileged"). A role-gaining method needs a role that trusts the method's service (and, for EC2, sits in
 * an instance profile); when the account's roles (users, groups) were not collected, any is assumed to exist, so the
 * method is still reported. Grants limited to resources that cannot be exploited (an AWS-owned ARN, a service-linked
 * role, a role that gives nothing new) are not.
 */
public final class IamAnalyzer implements FactDeriver {
    /** Share of all IAM actions granted on every resource that makes a principal near-admin (PowerUserAccess: 98%). */
    public static final double NEAR_ADMIN_SHARE = 0.9;

    /** Actions that read data or secrets; granted on every resource they are an exfiltration path (Cloudsplaining's list, extended). */
    public static final List<String> EXFILTRATION_ACTIONS = List.of(
            "s3:GetObject", "s3:GetObjectVersion", "secretsmanager:GetSecretValue", "ssm:GetParameter",
            "ssm:GetParameters", "ssm:GetParametersByPath", "ssm:GetParameterHistory");

    private static final Set<String> PRINCIPAL_LIMITING_KEYS = Set.of(
            "aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount", "aws:principalarn",
            "aws:sourceaccount", "aws:sourcearn", "aws:sourceorgid", "aws:sourceorgpaths", "aws:userid",
            "aws:username", "aws:sourceowner");
    private static final Map<String, String[]> WEB_IDENTITY = Map.of(   // provider -> {audience key, subject key or null}
            "cognito-identity.amazonaws.com", new String[]{"cognito-identity.amazonaws.com:aud", null},
            "accounts.google.com", new String[]{"accounts.google.com:aud", "accounts.google.com:sub"},
            "graph.facebook.com", new String[]{"graph.facebook.com:app_id", "graph.facebook.com:id"},
            "www.amazon.com", new String[]{"www.amazon.com:app_id", "www.amazon.com:user_id"});
    private static final Pattern ACCOUNT_IN_ARN = Pattern.compile("^arn:[a-z0-9-]+:(?:iam|sts)::(\\d{12}):(.*)$");

    private final ActionCatalogue catalogue;

    /** With the bundled action catalogue (loaded on first use, and only when the snapshot has IAM principals). */
    public IamAnalyzer() {
        this(null);
    }

    public IamAnalyzer(ActionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public List<Object> derive(Snapshot snapshot, ScanClock clock) {
        PrincipalResolver res = new PrincipalResolver(snapshot.resources());
        if (res.users().isEmpty() && res.roles().isEmpty()) {
            return List.of();
        }
        Set<String> collected = new HashSet<>();
        for (Coverage c : snapshot.coverage()) {
            if (c.state() == Coverage.State.COLLECTED) {
                collected.add(c.account() + "|" + c.resourceType());
            }
        }
        return new Run(res, new PolicyEvaluator(catalogue != null ? catalogue : ActionCatalogue.standard()), collected).all();
    }

    /** One analysis: caches principals and their summaries. */
    private static final class Run {
        final PrincipalResolver res;
        final PolicyEvaluator ev;
        final ActionCatalogue cat;
        final Set<String> collected;
        final Map<String, Principal> principals = new HashMap<>();
        final Map<String, Summary> summaries = new HashMap<>();
        final Map<Principal, long[]> anyWords = new java.util.IdentityHashMap<>();
        final Map<Principal, long[]> starMaybeWords = new java.util.IdentityHashMap<>();
        final Map<BitSet, long[]> interned = new HashMap<>();
        final Map<SetPair, Boolean> gainMemo = new HashMap<>();
        final Map<String, List<Candidate>> sharedCandidates = new HashMap<>();
        final BitSet exfiltration;
        final BitSet exposure;

        Run(PrincipalResolver res, PolicyEvaluator ev, Set<String> collected) {
            this.res = res;
            this.ev = ev;
            this.cat = ev.catalogue();
            this.collected = collected;
            exfiltration = new BitSet(cat.size());
            for (String a : EXFILTRATION_ACTIONS) {
                int i = cat.indexOf(a);
                if (i >= 0) {
                    exfiltration.set(i);
                }
            }
            exposure = (BitSet) cat.withLevel(ActionCatalogue.AccessLevel.PERMISSIONS_MANAGEMENT).clone();
            exposure.andNot(cat.expand("iam:*"));     // IAM permissions management is escalation, reported as such
            exposure.andNot(cat.expand("sts:*"));
            // the source data files a few read-shaped actions (glue:GetStage ...) under Permissions management: they expose nothing
            for (int i = exposure.nextSetBit(0); i >= 0; i = exposure.nextSetBit(i + 1)) {
                String verb = cat.name(i).substring(cat.name(i).indexOf(':') + 1);
                if (verb.matches("(Get|List|Describe|BatchGet|Search|View)[A-Z].*")) {
                    exposure.clear(i);
                }
            }
        }

        List<Object> all() {
            List<Object> out = new ArrayList<>();
            for (IamUser u : res.users()) {
                analyse(principal(u), out);
            }
            for (IamRole r : res.roles()) {
                if (r.serviceLinked()) {
                    continue;
                }
                analyse(principal(r), out);
                trust(r, out);
            }
            return out;
        }

        Principal principal(IamUser u) {
            return principals.computeIfAbsent(u.arn(), k -> res.user(u));
        }

        Principal principal(IamRole r) {
            return principals.computeIfAbsent(r.arn(), k -> res.role(r));
        }

        Principal principal(IamGroup g) {
            return principals.computeIfAbsent(g.arn(), k -> res.group(g));
        }

        Summary summary(Principal p) {
            return summaries.computeIfAbsent(p.arn(), k -> ev.summarize(p));
        }

        boolean collected(String account, String type) {
            return collected.contains(account + "|" + type);
        }

        void analyse(Principal p, List<Object> out) {
            AdminAccess admin = admin(p);
            if (admin != null) {
                out.add(admin);
            }
            boolean fullAdmin = admin != null && admin.level().equals("full") && !admin.conditional();
            if (!fullAdmin) {
                for (EscalationMethod m : EscalationMethod.ALL) {
                    if (m.principals().contains(p.kind())) {
                        EscalationPath e = escalation(p, m);
                        if (e != null) {
                            out.add(e);
                        }
                    }
                }
            }
            if (admin == null || admin.level().equals("self-grant")) {
                exposures(p, out);
            }
        }

        // ---------------------------------------------------------------- admin

        AdminAccess admin(Principal p) {
            Summary s = summary(p);
            int n = cat.size();
            BitSet all = new BitSet(n);
            all.set(0, n);
            AdminAccess selfGrantCond = null;
            if (s.star().cardinality() == n) {
                return adminFact(p, "full", "every action (Action \"*\") on every resource", all, false);
            }
            if (p.boundary() == null) {
                for (EscalationMethod m : EscalationMethod.ALL) {
                    if (!m.principals().contains(p.kind()) || !(m.target() == Target.SELF || m.target() == Target.OWN_GROUP
                            || m.target() == Target.OWN_POLICY)) {
                        continue;
                    }
                    EscalationPath e = escalation(p, m);
                    if (e != null) {
                        String[] ev0 = e.evidence().get(0).split(": ", 2);
                        String[] ps = ev0.length > 1 ? splitEvidence(ev0[1]) : new String[]{null, null};
                        AdminAccess a = new AdminAccess(p.arn(), p.account(), "self-grant",
                                m.name() + " on " + String.join(", ", e.targets()) + ": it can grant itself any permission",
                                ps[0], ps[1], e.conditional());
                        if (!e.conditional()) {
                            return a;
                        }
                        if (selfGrantCond == null) {
                            selfGrantCond = a;
                        }
                    }
                }
            }
            if (s.star().cardinality() >= NEAR_ADMIN_SHARE * n) {
                return adminFact(p, "near", share(s.star().cardinality(), n) + " of all actions on every resource", s.star(), false);
            }
            if (s.starMaybe().cardinality() == n) {
                return adminFact(p, "full", "every action (Action \"*\") on every resource", all, true);
            }
            if (selfGrantCond != null) {
                return selfGrantCond;
            }
            if (s.starMaybe().cardinality() >= NEAR_ADMIN_SHARE * n) {
                return adminFact(p, "near", share(s.starMaybe().cardinality(), n) + " of all actions on every resource",
                        s.starMaybe(), true);
            }
            return null;
        }

        private AdminAccess adminFact(Principal p, String level, String basis, BitSet actions, boolean conditional) {
            SourcedStatement g = ev.strongestStarGrant(p, actions);
            String note = conditional ? ", " + ev.conditionNote(p, actions) : "";
            BitSet not = new BitSet(cat.size());
            not.set(0, cat.size());
            not.andNot(actions);
            String except = level.equals("near") ? " (all but " + topServices(not) + ")" : "";
            return new AdminAccess(p.arn(), p.account(), level, basis + except + note,
                    g == null ? null : g.policy(), g == null ? null : g.statement(), conditional);
        }

        private String topServices(BitSet missing) {
            Map<String, Integer> count = new java.util.TreeMap<>();
            for (int i = missing.nextSetBit(0); i >= 0; i = missing.nextSetBit(i + 1)) {
                String n = cat.name(i);
                count.merge(n.substring(0, n.indexOf(':')) + ":*", 1, Integer::sum);
            }
            List<String> svcs = new ArrayList<>(count.keySet());
            svcs.sort((a, b) -> count.get(b) - count.get(a) != 0 ? count.get(b) - count.get(a) : a.compareTo(b));
            return svcs.size() <= 5 ? String.join(", ", svcs) : String.join(", ", svcs.subList(0, 5)) + ", ...";
        }

        private static String share(int k, int n) {
            return Math.round(100.0 * k / n) + "%";
        }

        private static String[] splitEvidence(String e) {
            int i = e.lastIndexOf(", ");
            return i < 0 ? new String[]{e, null} : new String[]{e.substring(0, i), e.substring(i + 2)};
        }

        // ---------------------------------------------------------------- exposure

        void exposures(Principal p, List<Object> out) {
            Summary s = summary(p);
            BitSet wanted = (BitSet) exfiltration.clone();
            wanted.or(exposure);
            BitSet sure = (BitSet) s.star().clone();
            sure.and(wanted);
            BitSet maybe = (BitSet) s.starMaybe().clone();
            maybe.and(wanted);
            maybe.andNot(sure);
            emitExposure(p, sure, false, out);
            emitExposure(p, maybe, true, out);
        }

        private void emitExposure(Principal p, BitSet actions, boolean conditional, List<Object> out) {
            for (int i = actions.nextSetBit(0); i >= 0; i = actions.nextSetBit(i + 1)) {
                BitSet one = new BitSet();
                one.set(i);
                SourcedStatement g = ev.strongestStarGrant(p, one);
                out.add(new ExposureGrant(p.arn(), p.account(), cat.name(i),
                        exfiltration.get(i) ? "data-exfiltration" : "resource-exposure",
                        g == null ? null : g.policy(), g == null ? null : g.statement(), conditional));
            }
        }

        // ---------------------------------------------------------------- escalation

        /** A candidate target: the ARN the actions are aimed at and how findings name it. */
        private record Candidate(String arn, String label, IamRole role, Principal mustGain) {
            Candidate(String arn, String label, IamRole role) {
                this(arn, label, role, null);
            }
        }

        EscalationPath escalation(Principal p, EscalationMethod m) {
            // cheap pre-check: every action must be granted on something before targets are worth enumerating
            for (String action : m.actions()) {
                if (!action.equals("sts:AssumeRole")
                        && !ev.decideAnyResource(p, action, m.target() == Target.PASSED_ROLE ? m.passedTo() : Set.of()).granted()) {
                    return null;
                }
            }
            List<Candidate> candidates = switch (m.target()) {
                case SELF, OWN_POLICY, OWN_GROUP -> candidates(p, m);
                default -> sharedCandidates.computeIfAbsent(m.target() + "|" + p.account() + "|"
                        + new java.util.TreeSet<>(m.trustServices()) + "|" + m.instanceProfile(), k -> candidates(p, m));
            };
            Map<Principal, Boolean> gainByTarget = new java.util.IdentityHashMap<>();
            Access best = Access.NONE;
            List<String> targets = new ArrayList<>();
            List<String> evidence = null;
            int more = 0;
            for (Candidate c : candidates) {
                if (best == Access.ALLOWED && targets.size() >= 5) {
                    more++;          // enough named; the rest are only counted (their gain is not computed)
                    continue;
                }
                boolean shared = m.target() != Target.SELF && m.target() != Target.OWN_POLICY && m.target() != Target.OWN_GROUP;
                if (shared && (c.arn().equals(p.arn()) || (m.target() == Target.OTHER_GROUP && p.groupArns().contains(c.arn())))) {
                    continue;
                }
                if (c.mustGain() != null && !gainByTarget.computeIfAbsent(c.mustGain(), t -> gains(p, t))) {
                    continue;
                }
                List<String> ev = new ArrayList<>();
                Access a = Access.ALLOWED;
                for (int i = 0; i < m.actions().size() && a != Access.NONE; i++) {
                    String action = m.actions().get(i);
                    Decision d = step(p, m, i, action, c);
                    a = a.min(d.access());
                    ev.add(action + ": " + describe(d));
                }
                if (a == Access.NONE || a.ordinal() < best.ordinal()) {
                    continue;
                }
                if (a.ordinal() > best.ordinal()) {
                    best = a;
                    targets.clear();
                    evidence = ev;
                }
                targets.add(c.label());
            }
            if (best == Access.NONE) {
                return null;
            }
            List<String> shown = new ArrayList<>(targets);
            if (more > 0) {
                shown.add("and up to " + more + " more");
            }
            return new EscalationPath(p.arn(), p.account(), m.name(), m.actions(), evidence, shown,
                    best == Access.CONDITIONAL);
        }

        private Decision step(Principal p, EscalationMethod m, int i, String action, Candidate c) {
            switch (m.target()) {
                case PASSED_ROLE:
                    return i == 0 ? ev.decide(p, action, c.arn(), m.passedTo()) : ev.decideAnyResource(p, action, m.passedTo());
                case SERVICE_ROLE:
                    return ev.decideAnyResource(p, action, Set.of());
                case ASSUMABLE_ROLE:
                    return i == 0 ? ev.decide(p, action, c.arn(), Set.of()) : canAssume(p, c);
                case REWRITTEN_TRUST:
                    if (i == 0) {
                        return ev.decide(p, action, c.arn(), Set.of());
                    }
                    Decision d = ev.denies(p, action, c.arn());
                    return d.access() == Access.NONE ? d
                            : new Decision(d.access(), null, "not denied; the rewritten trust policy names the principal"
                            + (d.note() == null ? "" : ", " + d.note()));
                default:
                    return ev.decide(p, action, c.arn(), Set.of());
            }
        }

        private static String describe(Decision d) {
            if (d.grant() != null) {
                return d.grant().evidence() + (d.note() == null ? "" : " (" + d.note() + ")");
            }
            return d.note() == null ? "granted" : d.note();
        }

        private List<Candidate> candidates(Principal p, EscalationMethod m) {
            List<Candidate> out = new ArrayList<>();
            String acct = p.account();
            switch (m.target()) {
                case SELF -> out.add(new Candidate(p.arn(), "itself", null));
                case OWN_POLICY -> p.ownPolicyArns().stream().sorted().forEach(a -> out.add(new Candidate(a, a, null)));
                case OWN_GROUP -> p.groupArns().stream().sorted().forEach(a -> out.add(new Candidate(a, a, null)));
                case PASSED_ROLE, SERVICE_ROLE -> {
                    if (!collected(acct, "AWS::IAM::Role")) {
                        out.add(new Candidate("arn:aws:iam::" + acct + ":role/tollgate-unlisted-role",
                                "any role trusting " + String.join(" or ", new java.util.TreeSet<>(m.trustServices()))
                                        + " (roles not collected)", null));
                        break;
                    }
                    for (IamRole r : res.roles()) {
                        if (r.account().equals(acct) && !r.serviceLinked()
                                && trustsAny(r, m.trustServices())
                                && (!m.instanceProfile() || !r.instanceProfileArns().isEmpty() || !trusts(r, "ec2.amazonaws.com"))) {
                            out.add(new Candidate(r.arn(), r.arn(), r, principal(r)));
                        }
                    }
                }
                case ASSUMABLE_ROLE, REWRITTEN_TRUST -> {
                    if (!collected(acct, "AWS::IAM::Role")) {
                        out.add(new Candidate("arn:aws:iam::" + acct + ":role/tollgate-unlisted-role",
                                "any role (roles not collected)", null));
                        break;
                    }
                    for (IamRole r : res.roles()) {
                        if (r.account().equals(acct) && !r.serviceLinked()) {
                            out.add(new Candidate(r.arn(), r.arn(), r, m.target() == Target.ASSUMABLE_ROLE ? null : principal(r)));
                        }
                    }
                }
                case OTHER_USER -> {
                    if (!collected(acct, "AWS::IAM::User")) {
                        out.add(new Candidate("arn:aws:iam::" + acct + ":user/tollgate-unlisted-user",
                                "any user (users not collected)", null));
                        break;
                    }
                    for (IamUser u : res.users()) {
                        if (u.account().equals(acct)) {
                            out.add(new Candidate(u.arn(), u.arn(), null, principal(u)));
                        }
                    }
                }
                case OTHER_GROUP -> {
                    if (!collected(acct, "AWS::IAM::Group")) {
                        out.add(new Candidate("arn:aws:iam::" + acct + ":group/tollgate-unlisted-group",
                                "any group (groups not collected)", null));
                        break;
                    }
                    for (IamGroup g : res.groups()) {
                        if (g.account().equals(acct)) {
                            out.add(new Candidate(g.arn(), g.arn(), null, principal(g)));
                        }
                    }
                }
            }
            return out;
        }

        /** True when the target holds, on some resource, an action the source does not hold on every resource. */
        boolean gains(Principal source, Principal target) {
            if (!target.complete()) {
                return true;
            }
            long[] t = anyWords.computeIfAbsent(target, k -> intern(summary(target).any()));
            long[] s = starMaybeWords.computeIfAbsent(source, k -> intern(summary(source).starMaybe()));
            // principals sharing policies share permission sets: decide each pair of distinct sets once
            return gainMemo.computeIfAbsent(new SetPair(s, t), k -> {
                for (int i = 0; i < t.length; i++) {
                    if ((t[i] & ~(i < s.length ? s[i] : 0L)) != 0) {
                        return true;
                    }
                }
                return false;
            });
        }

        private long[] intern(BitSet b) {
            return interned.computeIfAbsent(b, k -> k.toLongArray());
        }

        /** A pair of interned permission sets, compared by identity. */
        private record SetPair(long[] source, long[] target) {
            @Override
            public boolean equals(Object o) {
                return o instanceof SetPair p && p.source == source && p.target == target;
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(source) * 31 + System.identityHashCode(target);
            }
        }


        /** Whether p may assume the role: its trust policy lets p in, and p's policies allow sts:AssumeRole on it. */
        private Decision canAssume(Principal p, Candidate c) {
            if (c.role() == null) {
                return ev.decide(p, "sts:AssumeRole", c.arn(), Set.of());
            }
            Decision best = Decision.NONE;
            List<PolicyStatement> sts = c.role().trustPolicy().statements();
            for (int i = 0; i < sts.size(); i++) {
                PolicyStatement s = sts.get(i);
                if (!s.allow() || !PolicyEvaluator.actionMatches(s, "sts:AssumeRole")) {
                    continue;
                }
                List<String> aws = s.principals().getOrDefault("AWS", List.of());
                boolean direct = aws.contains(p.arn());
                boolean account = s.anyPrincipal() || aws.contains("arn:aws:iam::" + p.account() + ":root")
                        || aws.contains(p.account());
                if (!direct && !account) {
                    continue;
                }
                Access trust = s.conditions().isEmpty() ? Access.ALLOWED : Access.CONDITIONAL;
                Decision id = direct ? ev.denies(p, "sts:AssumeRole", c.arn()) : ev.decide(p, "sts:AssumeRole", c.arn(), Set.of());
                Access a = trust.min(id.access());
                if (a.ordinal() > best.access().ordinal()) {
                    String where = "trust policy of " + c.role().name() + " " + SourcedStatement.ref(s, i)
                            + (direct ? " names it" : " trusts its account")
                            + (trust == Access.CONDITIONAL ? PolicyEvaluator.conditionText(s) : "");
                    best = new Decision(a, id.grant(), id.grant() == null ? where : where + "; " + id.grant().evidence());
                }
            }
            if (best.grant() != null) {
                return new Decision(best.access(), null, best.note());
            }
            return best;
        }

        private static boolean trustsAny(IamRole r, Set<String> services) {
            for (String s : services) {
                if (trusts(r, s)) {
                    return true;
                }
            }
            return false;
        }

        static boolean trusts(IamRole r, String service) {
            for (PolicyStatement s : r.trustPolicy().statements()) {
                if (s.allow() && PolicyEvaluator.actionMatches(s, "sts:AssumeRole")
                        && s.principals().getOrDefault("Service", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase(service))) {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------- trust policies

        void trust(IamRole r, List<Object> out) {
            List<PolicyStatement> sts = r.trustPolicy().statements();
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < sts.size(); i++) {
                PolicyStatement s = sts.get(i);
                if (!s.allow()) {
                    continue;
                }
                String ref = SourcedStatement.ref(s, i);
                Set<String> keys = new HashSet<>();
                for (Condition c : s.conditions()) {
                    if (!c.values().isEmpty() && !c.values().stream().allMatch(v -> v.equals("*"))) {
                        keys.add(c.key().toLowerCase(Locale.ROOT));
                    }
                }
                boolean assume = PolicyEvaluator.actionMatches(s, "sts:AssumeRole");
                boolean web = PolicyEvaluator.actionMatches(s, "sts:AssumeRoleWithWebIdentity");
                if (s.anyPrincipal() && (assume || web || PolicyEvaluator.actionMatches(s, "sts:AssumeRoleWithSAML"))
                        && keys.stream().noneMatch(PRINCIPAL_LIMITING_KEYS::contains)) {
                    add(out, seen, new TrustIssue(r.arn(), r.account(), "any-principal", "*", null, ref,
                            "any AWS principal of any account may assume it (Principal \"*\" without a condition on the caller's account or organisation)"));
                }
                for (String v : s.principals().getOrDefault("AWS", List.of())) {
                    if (v.equals("*") || !assume) {
                        continue;
                    }
                    String acct = accountOf(v);
                    if (acct != null && !acct.equals(r.account()) && !keys.contains("sts:externalid")
                            && !keys.contains("aws:principalorgid")) {
                        add(out, seen, new TrustIssue(r.arn(), r.account(), "cross-account-no-external-id", v, acct, ref,
                                "account " + acct + " may assume it and no sts:ExternalId is required"));
                    }
                    if (acct != null && human(v) && !mfaRequired(s)) {
                        add(out, seen, new TrustIssue(r.arn(), r.account(), "no-mfa", v, acct, ref,
                                v + " may assume it without MFA (no Bool aws:MultiFactorAuthPresent true or aws:MultiFactorAuthAge condition)"));
                    }
                }
                if (!web) {
                    continue;
                }
                for (String v : s.principals().getOrDefault("Federated", List.of())) {
                    String aud;
                    String sub;
                    int at = v.indexOf(":oidc-provider/");
                    if (at >= 0) {
                        String host = v.substring(at + ":oidc-provider/".length());
                        aud = host + ":aud";
                        sub = host + ":sub";
                    } else if (WEB_IDENTITY.containsKey(v.toLowerCase(Locale.ROOT))) {
                        String[] k = WEB_IDENTITY.get(v.toLowerCase(Locale.ROOT));
                        aud = k[0];
                        sub = k[1];
                    } else {
                        continue;
                    }
                    if (!keys.contains(aud.toLowerCase(Locale.ROOT))) {
                        add(out, seen, new TrustIssue(r.arn(), r.account(), "web-identity-no-audience", v, null, ref,
                                "tokens of " + v + " are accepted without a " + aud + " condition"));
                    }
                    if (sub != null && !keys.contains(sub.toLowerCase(Locale.ROOT))) {
                        add(out, seen, new TrustIssue(r.arn(), r.account(), "web-identity-no-subject", v, null, ref,
                                "tokens of " + v + " are accepted without a " + sub + " condition: any identity the provider"
                                        + " issues tokens to (e.g. any repository) may assume it"));
                    }
                }
            }
        }

        private static void add(List<Object> out, Set<String> seen, TrustIssue t) {
            if (seen.add(t.kind() + "|" + t.principal())) {
                out.add(t);
            }
        }

        /** A principal people sign in as: an account (its root or any of its IAM users) or an IAM user. */
        private static boolean human(String v) {
            if (v.matches("\\d{12}")) {
                return true;
            }
            Matcher m = ACCOUNT_IN_ARN.matcher(v);
            return m.matches() && (m.group(2).equals("root") || m.group(2).startsWith("user/"));
        }

        static String accountOf(String v) {
            if (v.matches("\\d{12}")) {
                return v;
            }
            Matcher m = ACCOUNT_IN_ARN.matcher(v);
            return m.matches() ? m.group(1) : null;
        }

        /** Bool aws:MultiFactorAuthPresent "true" (not BoolIfExists, which passes without MFA), or a NumericLessThan(Equals) aws:MultiFactorAuthAge. */
        private static boolean mfaRequired(PolicyStatement s) {
            for (Condition c : s.conditions()) {
                String op = c.operator().toLowerCase(Locale.ROOT);
                String key = c.key().toLowerCase(Locale.ROOT);
                if (key.equals("aws:multifactorauthpresent") && op.equals("bool") && c.values().stream()
                        .allMatch(v -> v.equalsIgnoreCase("true"))) {
                    return true;
                }
                if (key.equals("aws:multifactorauthage") && (op.equals("numericlessthan") || op.equals("numericlessthanequals"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
