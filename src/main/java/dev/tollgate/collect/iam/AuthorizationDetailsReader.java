package dev.tollgate.collect.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.IamPolicy;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * {@code aws iam get-account-authorization-details} output (documents decoded or URL-encoded).
 *
 * <p>The account is read from the ARNs of the file's users, groups, roles and customer-managed policies
 * (one file describes one account). AWS-managed policies ({@code arn:aws:iam::aws:policy/...}) keep their real
 * ARN but are recorded in that account, the account whose view of them this is. A file holding only
 * AWS-managed policies resolves its account like a password-policy file (see
 * {@link SnapshotBuilder#accountless}). Coverage is COLLECTED for each entity type whose list the file
 * carries ({@code UserDetailList}, {@code GroupDetailList}, {@code RoleDetailList}, {@code Policies}).
 */
public final class AuthorizationDetailsReader {
    private static final List<String> LISTS = List.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies");

    public static boolean accepts(JsonNode root) {
        return root.isObject() && (root.has("UserDetailList") || root.has("RoleDetailList")
                || root.has("GroupDetailList"));
    }

    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        String source = "gaad:" + file.getFileName();
        if (Json.tri(root, "IsTruncated") == Tri.TRUE) {
            throw new InputException(file, "IsTruncated is true: this is one page of a paginated response and the "
                    + "rest of the account is missing; save the complete output (the AWS CLI fetches every page by default)");
        }
        for (String list : LISTS) {
            JsonNode v = root.get(list);
            if (v != null && !v.isNull() && !v.isArray()) {
                throw new InputException(file, "\"" + list + "\" must be an array");
            }
        }
        String account = account(file, root);

        read(file, root, "UserDetailList", "UserName", account, (n, a) -> IamEntities.user(n, a, null), out);
        read(file, root, "GroupDetailList", "GroupName", account, (n, a) -> IamEntities.group(n, a, null), out);
        read(file, root, "RoleDetailList", "RoleName", account, (n, a) -> IamEntities.role(n, a, null), out);
        List<JsonNode> policies = list(root, "Policies");
        for (int i = 0; i < policies.size(); i++) {
            JsonNode n = policies.get(i);
            // Mapped now even when the account is not yet known, so a bad entry fails while this file is read.
            IamPolicy p = map(file, "Policies", "PolicyName", i, n, account,
                    (node, a) -> IamEntities.policy(node, a, null));
            if (account != null) {
                out.resource(p, null);
            } else {
                // Only AWS-managed policies and no principal: the account comes from the other inputs.
                out.accountless(file, p.resourceType(), source, a -> IamEntities.policy(n, a, null));
            }
        }
        if (account != null) {
            if (root.has("UserDetailList")) {
                out.coverage(Coverage.collected(account, FactTypes.GLOBAL, "AWS::IAM::User", source));
            }
            if (root.has("GroupDetailList")) {
                out.coverage(Coverage.collected(account, FactTypes.GLOBAL, "AWS::IAM::Group", source));
            }
            if (root.has("RoleDetailList")) {
                out.coverage(Coverage.collected(account, FactTypes.GLOBAL, "AWS::IAM::Role", source));
            }
            if (root.has("Policies")) {
                out.coverage(Coverage.collected(account, FactTypes.GLOBAL, "AWS::IAM::Policy", source));
            }
        }
    }

    private static <R extends Resource> void read(Path file, JsonNode root, String list, String nameField, String account,
                                                  BiFunction<JsonNode, String, R> mapper, SnapshotBuilder out)
            throws InputException {
        List<JsonNode> entries = list(root, list);
        for (int i = 0; i < entries.size(); i++) {
            out.resource(map(file, list, nameField, i, entries.get(i), account, mapper), null);
        }
    }

    private static <R extends Resource> R map(Path file, String list, String nameField, int index, JsonNode n,
                                              String account, BiFunction<JsonNode, String, R> mapper)
            throws InputException {
        if (!n.isObject()) {
            throw new InputException(file, list + "[" + index + "] is not an object");
        }
        try {
            return mapper.apply(n, account);
        } catch (IllegalArgumentException e) {
            String name = Json.text(n, nameField);
            throw new InputException(file, list + "[" + index + "]" + (name == null ? "" : " (" + name + ")")
                    + ": " + e.getMessage());
        }
    }

    private static List<JsonNode> list(JsonNode root, String name) {
        JsonNode v = root.get(name);
        List<JsonNode> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.forEach(out::add);
        }
        return out;
    }

    /** The one account named by the principals' and customer-managed policies' ARNs; null when none is named. */
    private static String account(Path file, JsonNode root) throws InputException {
        Set<String> accounts = new TreeSet<>();
        for (String list : LISTS) {
            List<JsonNode> entries = list(root, list);
            for (int i = 0; i < entries.size(); i++) {
                String arn = Json.text(entries.get(i), "Arn");
                if (arn == null) {
                    throw new InputException(file, list + "[" + i + "] has no Arn");
                }
                if (IamEntities.awsManaged(arn)) {
                    continue;
                }
                String acct = IamEntities.accountOf(arn);
                if (acct == null) {
                    throw new InputException(file, list + "[" + i + "]: Arn " + arn + " is not an IAM ARN");
                }
                accounts.add(acct);
            }
        }
        if (accounts.size() > 1) {
            throw new InputException(file, "the entries name " + accounts.size() + " accounts " + accounts
                    + "; get-account-authorization-details output describes one account");
        }
        return accounts.isEmpty() ? null : accounts.iterator().next();
    }
}
