package dev.tollgate.model;

import java.util.List;

/**
 * Derived fact: a known privilege-escalation method the principal can use, all of its actions granted
 * (possibly by several of its policies).
 *
 * @param principalArn the user or role
 * @param method       the method's name, e.g. {@code iam:PassRole+ec2:RunInstances}
 * @param actions      the method's actions, in the method's order
 * @param evidence     one entry per action: "iam:PassRole: POLICY, STATEMENT"
 * @param targets      what it can take over (role or policy ARNs, group names); "any ..." when the account's
 *                     entities of that kind were not collected
 * @param conditional  true when some action is granted only under conditions
 */
public record EscalationPath(String principalArn, String account, String method, List<String> actions,
                             List<String> evidence, List<String> targets, boolean conditional) {
    public EscalationPath {
        actions = Copy.list(actions);
        evidence = Copy.list(evidence);
        targets = Copy.list(targets);
    }
}
