package dev.tollgate.evaluate.iam;

import dev.tollgate.model.IamGroup;
import dev.tollgate.model.IamPolicy;
import dev.tollgate.model.IamRole;
import dev.tollgate.model.IamUser;
import dev.tollgate.model.InlinePolicy;
import dev.tollgate.model.PolicyDocument;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers, once per principal, every statement that applies to it. Entities are de-duplicated by ARN (the same
 * role may come from both an authorization-details file and a Config snapshot; the richer record wins).
 * Managed policies are looked up by ARN; AWS-managed policies ({@code arn:aws:iam::aws:policy/...}) are the same
 * in every account.
 */
public final class PrincipalResolver {
    private final Map<String, IamUser> users = new LinkedHashMap<>();
    private final Map<String, IamRole> roles = new LinkedHashMap<>();
    private final Map<String, IamGroup> groups = new LinkedHashMap<>();
    private final Map<String, IamGroup> groupsByName = new HashMap<>();   // account + "|" + name
    private final Map<String, IamPolicy> policies = new HashMap<>();

    public PrincipalResolver(Collection<? extends Resource> resources) {
        for (Resource r : resources) {
            if (r instanceof IamUser u) {
                users.merge(u.arn(), u, (a, b) -> richer(a.inlinePolicies().size() + a.attachedPolicyArns().size(),
                        b.inlinePolicies().size() + b.attachedPolicyArns().size()) ? a : b);
            } else if (r instanceof IamRole ro) {
                roles.merge(ro.arn(), ro, (a, b) -> a.lastUsedKnown() == Tri.TRUE ? a
                        : b.lastUsedKnown() == Tri.TRUE ? b : richer(size(a), size(b)) ? a : b);
            } else if (r instanceof IamGroup g) {
                groups.merge(g.arn(), g, (a, b) -> richer(a.inlinePolicies().size() + a.attachedPolicyArns().size(),
                        b.inlinePolicies().size() + b.attachedPolicyArns().size()) ? a : b);
            } else if (r instanceof IamPolicy p) {
                policies.merge(p.arn(), p, (a, b) -> a.document().statements().isEmpty() ? b : a);
            }
        }
        groups.values().forEach(g -> groupsByName.put(g.account() + "|" + g.name(), g));
    }

    private static int size(IamRole r) {
        return r.inlinePolicies().size() + r.attachedPolicyArns().size();
    }

    private static boolean richer(int a, int b) {
        return a >= b;
    }

    public Collection<IamUser> users() {
        return users.values();
    }

    public Collection<IamRole> roles() {
        return roles.values();
    }

    public Collection<IamGroup> groups() {
        return groups.values();
    }

    public IamRole role(String arn) {
        return roles.get(arn);
    }

    public IamGroup group(String account, String name) {
        return groupsByName.get(account + "|" + name);
    }

    /** The ARN of a user's group: the group's own when collected, else built with the root path. */
    public String groupArn(String account, String name) {
        IamGroup g = group(account, name);
        return g != null ? g.arn() : "arn:aws:iam::" + account + ":group/" + name;
    }

    public Principal user(IamUser u) {
        List<SourcedStatement> st = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        Set<String> own = new LinkedHashSet<>();
        Set<String> groupArns = new LinkedHashSet<>();
        inline(u.inlinePolicies(), "", st);
        attached(u.attachedPolicyArns(), "", st, unresolved, own);
        for (String gName : u.groupNames()) {
            IamGroup g = group(u.account(), gName);
            groupArns.add(groupArn(u.account(), gName));
            if (g == null) {
                unresolved.add("group " + gName);
                continue;
            }
            String via = " (group " + g.name() + ")";
            inline(g.inlinePolicies(), via, st);
            attached(g.attachedPolicyArns(), via, st, unresolved, own);
        }
        List<SourcedStatement> boundary = boundary(u.permissionsBoundaryArn(), unresolved);
        return new Principal(Principal.Kind.USER, u.arn(), u.account(), u.name(), st, boundary, unresolved, groupArns, own);
    }

    public Principal role(IamRole r) {
        List<SourcedStatement> st = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        Set<String> own = new LinkedHashSet<>();
        inline(r.inlinePolicies(), "", st);
        attached(r.attachedPolicyArns(), "", st, unresolved, own);
        List<SourcedStatement> boundary = boundary(r.permissionsBoundaryArn(), unresolved);
        return new Principal(Principal.Kind.ROLE, r.arn(), r.account(), r.name(), st, boundary, unresolved, Set.of(), own);
    }

    /** A group's own policies, as if it were a principal (to judge what joining it would give). */
    public Principal group(IamGroup g) {
        List<SourcedStatement> st = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        Set<String> own = new LinkedHashSet<>();
        String via = " (group " + g.name() + ")";
        inline(g.inlinePolicies(), via, st);
        attached(g.attachedPolicyArns(), via, st, unresolved, own);
        return new Principal(Principal.Kind.GROUP, g.arn(), g.account(), g.name(), st, null, unresolved, Set.of(), own);
    }

    private static void inline(List<InlinePolicy> in, String via, List<SourcedStatement> out) {
        for (InlinePolicy p : in) {
            add(p.document(), "inline " + p.name() + via, out);
        }
    }

    private void attached(List<String> arns, String via, List<SourcedStatement> out, List<String> unresolved,
                          Set<String> own) {
        for (String arn : arns) {
            IamPolicy p = policies.get(arn);
            if (!awsManaged(arn)) {
                own.add(arn);
            }
            if (p == null) {
                unresolved.add(arn);
                continue;
            }
            add(p.document(), arn + via, out);
        }
    }

    private List<SourcedStatement> boundary(String arn, List<String> unresolved) {
        if (arn == null || arn.isBlank()) {
            return null;
        }
        IamPolicy p = policies.get(arn);
        if (p == null) {
            // Not known: judged as if there were no boundary (never hides a grant), and the principal is incomplete.
            unresolved.add(arn + " (permissions boundary)");
            return null;
        }
        List<SourcedStatement> out = new ArrayList<>();
        add(p.document(), arn + " (permissions boundary)", out);
        return out;
    }

    private static void add(PolicyDocument doc, String label, List<SourcedStatement> out) {
        for (int i = 0; i < doc.statements().size(); i++) {
            out.add(new SourcedStatement(label, SourcedStatement.ref(doc.statements().get(i), i), doc.statements().get(i)));
        }
    }

    static boolean awsManaged(String arn) {
        return arn != null && arn.matches("^arn:[a-z0-9-]+:iam::aws:policy/.+$");
    }
}
