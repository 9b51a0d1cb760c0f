package dev.tollgate.evaluate.iam;

import dev.tollgate.model.Condition;
import dev.tollgate.model.PolicyStatement;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Answers "may principal P perform action A on resource R?" the way IAM evaluates identity policies within one
 * account: an explicit Deny beats any Allow; otherwise an Allow in the identity policies is needed, and, when the
 * principal has a permissions boundary, an Allow in the boundary too. Action / NotAction and Resource / NotResource
 * are honoured, with IAM wildcards ({@code *}, {@code ?}; actions case-insensitive, ARNs case-sensitive) and the
 * policy variable {@code ${aws:username}}.
 *
 * <p><b>Conditions.</b> A statement's conditions are not evaluated against a request we cannot see, with one
 * exception: {@code iam:PassedToService}, which is decided against the service a privilege-escalation method passes
 * the role to. Otherwise:
 * <ul>
 *   <li>an Allow with a condition is a {@link Access#CONDITIONAL} grant, never an unconditional one;</li>
 *   <li>a Deny with a condition is not assumed to apply (so it does not hide a grant, no false negative), but it turns
 *       an unconditional grant into a {@link Access#CONDITIONAL} one (e.g. "deny everything unless MFA": the grant
 *       holds only with MFA), so it is never reported as unconditional either (no false positive);</li>
 *   <li>an unknown policy variable in a Resource ({@code ${aws:PrincipalTag/team}}) makes the match conditional the
 *       same way.</li>
 * </ul>
 * Resource-based policies, SCPs and session policies are outside the snapshot and not considered.
 */
public final class PolicyEvaluator {
    public enum Access {
        NONE, CONDITIONAL, ALLOWED;

        Access min(Access o) {
            return ordinal() <= o.ordinal() ? this : o;
        }
    }

    /**
     * @param grant the Allow statement that grants it (null when NONE)
     * @param note  why the grant is conditional, or what denies it
     */
    public record Decision(Access access, SourcedStatement grant, String note) {
        static final Decision NONE = new Decision(Access.NONE, null, null);

        public boolean allowed() {
            return access == Access.ALLOWED;
        }

        public boolean granted() {
            return access != Access.NONE;
        }
    }

    /**
     * What a principal may do, as action sets (indices of the {@link ActionCatalogue}).
     *
     * @param star       allowed unconditionally on every resource ({@code Resource "*"})
     * @param starMaybe  allowed on every resource, possibly only under conditions (a superset of star)
     * @param any        allowed unconditionally on at least some resource
     * @param anyMaybe   allowed on some resource, possibly only under conditions
     */
    public record Summary(BitSet star, BitSet starMaybe, BitSet any, BitSet anyMaybe) {
    }

    private static final String PROBE_A = "arn:aws:s3:::tollgate-probe-bucket/object";
    private static final String PROBE_B = "arn:aws:ec2:us-east-1:000000000000:instance/i-0tollgateprobe";

    private final ActionCatalogue catalogue;
    private final Map<PolicyStatement, BitSet> bits = new IdentityHashMap<>();
    private final Map<String, Integer> indices = new java.util.HashMap<>();

    public PolicyEvaluator(ActionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public ActionCatalogue catalogue() {
        return catalogue;
    }

    /** May {@code p} perform {@code action} on {@code resource}? {@code passedTo}: services for iam:PassedToService. */
    public Decision decide(Principal p, String action, String resource, Set<String> passedTo) {
        return decide(p, action, resource, passedTo, false);
    }

    /** May {@code p} perform {@code action} on some resource (the resource does not matter to the question)? */
    public Decision decideAnyResource(Principal p, String action, Set<String> passedTo) {
        return decide(p, action, null, passedTo, false);
    }

    /** Only the explicit Denies: ALLOWED when nothing denies it, CONDITIONAL when a conditional Deny might, NONE when denied. */
    public Decision denies(Principal p, String action, String resource) {
        return decide(p, action, resource, Set.of(), true);
    }

    private Decision decide(Principal p, String action, String resource, Set<String> passedTo, boolean denyOnly) {
        Decision d;
        if (denyOnly) {
            d = new Decision(Access.ALLOWED, null, null);
        } else {
            d = bestAllow(p, p.identity(), action, resource, passedTo);
            if (!d.granted()) {
                return Decision.NONE;
            }
            if (p.boundary() != null) {
                Decision b = bestAllow(p, p.boundary(), action, resource, passedTo);
                if (!b.granted()) {
                    return new Decision(Access.NONE, null, "not allowed by the permissions boundary");
                }
                if (b.access() == Access.CONDITIONAL && d.access() == Access.ALLOWED) {
                    d = new Decision(Access.CONDITIONAL, d.grant(), b.note());
                }
            }
        }
        List<SourcedStatement> all = new ArrayList<>(p.identity());
        if (p.boundary() != null) {
            all.addAll(p.boundary());
        }
        for (SourcedStatement s : all) {
            if (s.body().allow()) {
                continue;
            }
            Tri t = applies(p, s.body(), action, resource, passedTo, false);
            if (t == Tri.TRUE) {
                return new Decision(Access.NONE, null, "denied by " + s.evidence());
            }
            if (t == Tri.UNKNOWN && d.access() == Access.ALLOWED) {
                d = new Decision(Access.CONDITIONAL, d.grant(), "unless denied by " + s.evidence() + conditionText(s.body()));
            }
        }
        return d;
    }

    private Decision bestAllow(Principal p, List<SourcedStatement> statements, String action, String resource,
                               Set<String> passedTo) {
        Decision best = Decision.NONE;
        for (SourcedStatement s : statements) {
            if (!s.body().allow()) {
                continue;
            }
            Tri t = applies(p, s.body(), action, resource, passedTo, true);
            if (t == Tri.TRUE) {
                return new Decision(Access.ALLOWED, s, null);
            }
            if (t == Tri.UNKNOWN && best.access() == Access.NONE) {
                best = new Decision(Access.CONDITIONAL, s, "only under the conditions of " + s.evidence() + conditionText(s.body()));
            }
        }
        return best;
    }

    /**
     * Whether a statement applies to the request: TRUE, FALSE, or UNKNOWN (it depends on conditions or variables).
     * {@code resource == null} asks about some resource: an Allow then applies when it names any; a Deny only when it
     * covers every resource.
     */
    Tri applies(Principal p, PolicyStatement s, String action, String resource, Set<String> passedTo, boolean allow) {
        int index = indices.computeIfAbsent(action, catalogue::indexOf);
        if (index >= 0 ? !actions(s).get(index) : !actionMatches(s, action)) {
            return Tri.FALSE;
        }
        Tri res;
        if (resource == null) {
            if (allow) {
                // some resource of this account: any Resource pattern not confined to AWS-owned ARNs (account "aws")
                res = !s.notResources().isEmpty() || s.resources().stream().anyMatch(r -> !awsOwned(r)) ? Tri.TRUE : Tri.FALSE;
            } else {
                res = s.notResources().isEmpty() && s.resources().stream().anyMatch(PolicyEvaluator::everything)
                        ? Tri.TRUE : Tri.FALSE;
            }
        } else {
            res = resourceMatches(p, s, resource);
        }
        if (res == Tri.FALSE) {
            return Tri.FALSE;
        }
        Tri cond = conditions(s, passedTo);
        if (cond == Tri.FALSE) {
            return Tri.FALSE;
        }
        return res == Tri.TRUE && cond == Tri.TRUE ? Tri.TRUE : Tri.UNKNOWN;
    }

    static boolean actionMatches(PolicyStatement s, String action) {
        if (!s.actions().isEmpty()) {
            for (String a : s.actions()) {
                if (Wildcards.actionMatches(a, action)) {
                    return true;
                }
            }
            return false;
        }
        if (!s.notActions().isEmpty()) {
            for (String a : s.notActions()) {
                if (Wildcards.actionMatches(a, action)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static Tri resourceMatches(Principal p, PolicyStatement s, String resource) {
        if (!s.resources().isEmpty()) {
            Tri best = Tri.FALSE;
            for (String pattern : s.resources()) {
                Tri t = patternMatches(p, pattern, resource);
                if (t == Tri.TRUE) {
                    return Tri.TRUE;
                }
                if (t == Tri.UNKNOWN) {
                    best = Tri.UNKNOWN;
                }
            }
            return best;
        }
        if (!s.notResources().isEmpty()) {
            Tri out = Tri.TRUE;
            for (String pattern : s.notResources()) {
                Tri t = patternMatches(p, pattern, resource);
                if (t == Tri.TRUE) {
                    return Tri.FALSE;
                }
                if (t == Tri.UNKNOWN) {
                    out = Tri.UNKNOWN;
                }
            }
            return out;
        }
        return Tri.FALSE;
    }

    /** Matches one Resource pattern, substituting policy variables. UNKNOWN when it hinges on an unknown variable. */
    static Tri patternMatches(Principal p, String pattern, String resource) {
        if (!pattern.contains("${")) {
            return Wildcards.resourceMatches(pattern, resource) ? Tri.TRUE : Tri.FALSE;
        }
        StringBuilder out = new StringBuilder();
        boolean unknown = false;
        int i = 0;
        while (i < pattern.length()) {
            int start = pattern.indexOf("${", i);
            if (start < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            int end = pattern.indexOf('}', start);
            if (end < 0) {
                out.append(pattern, i, pattern.length());
                break;
            }
            out.append(pattern, i, start);
            String var = pattern.substring(start + 2, end);
            switch (var) {
                case "*", "?", "$" -> out.append(var); // IAM escapes; a literal char (approximated by the wildcard)
                default -> {
                    if (var.equalsIgnoreCase("aws:username")) {
                        if (p.kind() != Principal.Kind.USER) {
                            return Tri.FALSE; // the key does not exist for roles: the statement does not match
                        }
                        out.append(p.name());
                    } else {
                        out.append('*');
                        unknown = true;
                    }
                }
            }
            i = end + 1;
        }
        boolean m = Wildcards.resourceMatches(out.toString(), resource);
        return !m ? Tri.FALSE : unknown ? Tri.UNKNOWN : Tri.TRUE;
    }

    /** TRUE when the statement has no condition, or only iam:PassedToService conditions the given services satisfy. */
    static Tri conditions(PolicyStatement s, Set<String> passedTo) {
        Tri out = Tri.TRUE;
        for (Condition c : s.conditions()) {
            Tri t = condition(c, passedTo);
            if (t == Tri.FALSE) {
                return Tri.FALSE;
            }
            if (t == Tri.UNKNOWN) {
                out = Tri.UNKNOWN;
            }
        }
        return out;
    }

    private static Tri condition(Condition c, Set<String> passedTo) {
        if (!c.key().equalsIgnoreCase("iam:PassedToService") || passedTo == null || passedTo.isEmpty()) {
            return Tri.UNKNOWN;
        }
        String op = c.operator().toLowerCase(Locale.ROOT);
        op = op.startsWith("foranyvalue:") ? op.substring(12) : op.startsWith("forallvalues:") ? op.substring(13) : op;
        boolean like = op.startsWith("stringlike") || op.startsWith("stringnotlike");
        boolean any = false;
        for (String v : c.values()) {
            for (String svc : passedTo) {
                if (like ? Wildcards.actionMatches(v, svc) : v.equalsIgnoreCase(svc)) {
                    any = true;
                }
            }
        }
        return switch (op) {
            case "stringequals", "stringequalsignorecase", "stringlike" -> any ? Tri.TRUE : Tri.FALSE;
            case "stringnotequals", "stringnotequalsignorecase", "stringnotlike" -> any ? Tri.FALSE : Tri.TRUE;
            default -> Tri.UNKNOWN;
        };
    }

    static String conditionText(PolicyStatement s) {
        if (s.conditions().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Condition c : s.conditions()) {
            parts.add(c.operator() + " " + c.key());
        }
        return " (" + String.join(", ", parts) + ")";
    }

    /** True for an ARN (pattern) in an AWS-owned account, e.g. {@code arn:aws:iam::aws:policy/...}: nothing an account can exploit. */
    static boolean awsOwned(String pattern) {
        String[] parts = pattern.split(":", 6);
        return parts.length >= 5 && parts[0].equals("arn") && parts[4].equals("aws");
    }

    /** True for a Resource pattern that covers every resource ("*", "arn:*", "arn:aws:*:*:*:*" ...). */
    static boolean everything(String pattern) {
        return !pattern.contains("${") && Wildcards.resourceMatches(pattern, PROBE_A)
                && Wildcards.resourceMatches(pattern, PROBE_B);
    }

    /** The catalogue actions a statement's Action / NotAction stands for. */
    public BitSet actions(PolicyStatement s) {
        return bits.computeIfAbsent(s, st -> {
            BitSet b = new BitSet(catalogue.size());
            List<String> patterns = !st.actions().isEmpty() ? st.actions() : st.notActions();
            for (String a : patterns) {
                b.or(catalogue.expand(a));
            }
            if (st.actions().isEmpty()) {
                if (st.notActions().isEmpty()) {
                    return new BitSet();
                }
                BitSet all = new BitSet(catalogue.size());
                all.set(0, catalogue.size());
                all.andNot(b);
                return all;
            }
            return b;
        });
    }

    /** The principal's permissions as action sets. */
    public Summary summarize(Principal p) {
        Summary id = allows(p, p.identity());
        BitSet star = id.star();
        BitSet starMaybe = id.starMaybe();
        BitSet any = id.any();
        BitSet anyMaybe = id.anyMaybe();
        if (p.boundary() != null) {
            Summary b = allows(p, p.boundary());
            star.and(b.star());
            starMaybe.and(b.starMaybe());
            any.and(b.any());
            anyMaybe.and(b.anyMaybe());
        }
        List<SourcedStatement> all = new ArrayList<>(p.identity());
        if (p.boundary() != null) {
            all.addAll(p.boundary());
        }
        for (SourcedStatement s : all) {
            PolicyStatement st = s.body();
            if (st.allow()) {
                continue;
            }
            BitSet denied = actions(st);
            boolean everywhere = st.notResources().isEmpty() && st.resources().stream().anyMatch(PolicyEvaluator::everything);
            boolean notEverywhere = !st.notResources().isEmpty();   // denies all but the listed resources
            Tri cond = conditions(st, Set.of());
            if (cond == Tri.TRUE) {
                if (everywhere) {
                    star.andNot(denied);
                    starMaybe.andNot(denied);
                    any.andNot(denied);
                    anyMaybe.andNot(denied);
                } else if (notEverywhere) {
                    star.andNot(denied);
                    starMaybe.andNot(denied);
                }
            } else if (everywhere || notEverywhere) {
                star.andNot(denied);
                if (everywhere) {
                    any.andNot(denied);
                }
            }
        }
        return new Summary(star, starMaybe, any, anyMaybe);
    }

    private Summary allows(Principal p, List<SourcedStatement> statements) {
        int n = catalogue.size();
        BitSet star = new BitSet(n);
        BitSet starMaybe = new BitSet(n);
        BitSet any = new BitSet(n);
        BitSet anyMaybe = new BitSet(n);
        for (SourcedStatement s : statements) {
            PolicyStatement st = s.body();
            if (!st.allow() || (st.resources().isEmpty() && st.notResources().isEmpty())) {
                continue;
            }
            BitSet b = actions(st);
            boolean everywhere = st.notResources().isEmpty() && st.resources().stream().anyMatch(PolicyEvaluator::everything);
            boolean unconditional = conditions(st, Set.of()) == Tri.TRUE;
            anyMaybe.or(b);
            if (everywhere) {
                starMaybe.or(b);
            }
            if (unconditional && !variablesOnly(p, st)) {
                any.or(b);
                if (everywhere) {
                    star.or(b);
                }
            }
        }
        return new Summary(star, starMaybe, any, anyMaybe);
    }

    /** True when every Resource of the statement hinges on an unknown policy variable. */
    private static boolean variablesOnly(Principal p, PolicyStatement st) {
        if (st.resources().isEmpty()) {
            return false;
        }
        for (String r : st.resources()) {
            if (!r.contains("${") || (p.kind() == Principal.Kind.USER && r.replaceAll("(?i)\\$\\{aws:username}", "").indexOf("${") < 0)) {
                return false;
            }
        }
        return true;
    }

    /** The Allow statement (identity policies) granting the most of {@code wanted} on every resource; null if none. */
    public SourcedStatement strongestStarGrant(Principal p, BitSet wanted) {
        SourcedStatement best = null;
        int bestCount = 0;
        for (SourcedStatement s : p.identity()) {
            PolicyStatement st = s.body();
            if (!st.allow() || !(st.notResources().isEmpty() && st.resources().stream().anyMatch(PolicyEvaluator::everything))) {
                continue;
            }
            BitSet b = (BitSet) actions(st).clone();
            b.and(wanted);
            if (b.cardinality() > bestCount) {
                bestCount = b.cardinality();
                best = s;
            }
        }
        return best;
    }

    /** The first conditional Deny or conditional Allow behind a conditional grant on every resource, for evidence. */
    public String conditionNote(Principal p, BitSet actions) {
        for (SourcedStatement s : p.identity()) {
            PolicyStatement st = s.body();
            if (!st.allow() && !st.conditions().isEmpty() && actions(st).intersects(actions)) {
                return "unless denied by " + s.evidence() + conditionText(st);
            }
        }
        for (SourcedStatement s : p.identity()) {
            PolicyStatement st = s.body();
            if (st.allow() && !st.conditions().isEmpty() && actions(st).intersects(actions)) {
                return "only under the conditions of " + s.evidence() + conditionText(st);
            }
        }
        return "under conditions";
    }
}
