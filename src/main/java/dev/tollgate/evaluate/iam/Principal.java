package dev.tollgate.evaluate.iam;

import java.util.List;
import java.util.Set;

/**
 * A user or role with every identity-policy statement that applies to it: its inline and attached managed
 * policies (default version) and, for users, those of each of its groups; and its permissions boundary.
 *
 * @param kind              USER, ROLE, or GROUP (a group's own policies, used to judge what joining it gives)
 * @param boundary          the boundary's statements, or null when the principal has none
 * @param unresolved        attached or boundary policies whose documents the snapshot does not hold; while any is
 *                          missing, the principal's permissions are not fully known
 * @param groupArns         the ARNs of the user's groups
 * @param ownPolicyArns     customer-managed policies attached to it (directly or through its groups)
 */
public record Principal(Kind kind, String arn, String account, String name, List<SourcedStatement> identity,
                        List<SourcedStatement> boundary, List<String> unresolved, Set<String> groupArns,
                        Set<String> ownPolicyArns) {
    public enum Kind { USER, ROLE, GROUP }

    public Principal {
        identity = List.copyOf(identity);
        boundary = boundary == null ? null : List.copyOf(boundary);
        unresolved = List.copyOf(unresolved);
        groupArns = Set.copyOf(groupArns);
        ownPolicyArns = Set.copyOf(ownPolicyArns);
    }

    public boolean complete() {
        return unresolved.isEmpty();
    }
}
