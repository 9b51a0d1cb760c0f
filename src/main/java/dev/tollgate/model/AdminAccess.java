package dev.tollgate.model;

/**
 * Derived fact: an IAM principal (user or role) that holds administrator-equivalent power.
 *
 * @param principalArn the user or role
 * @param level        {@code full} (every action on every resource), {@code self-grant} (it may grant itself any
 *                     permission, e.g. {@code iam:PutUserPolicy} on itself) or {@code near} (a broad grant such as
 *                     PowerUserAccess's {@code NotAction}, covering at least 90% of all IAM actions on {@code *})
 * @param basis        what makes it so: "Action * on Resource *", the method name, or "97% of actions on *"
 * @param policy       the policy granting it (managed policy ARN, or "inline NAME" / "inline NAME (group G)")
 * @param statement    the statement in that policy ("Sid X" or "statement #N", 1-based)
 * @param conditional  true when the grant holds only under conditions (a Condition on the Allow, or a conditional
 *                     Deny such as "deny unless MFA"); such grants are never reported as unconditional
 */
public record AdminAccess(String principalArn, String account, String level, String basis, String policy,
                          String statement, boolean conditional) {
}
