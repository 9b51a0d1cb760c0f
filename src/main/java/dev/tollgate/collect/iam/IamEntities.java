package dev.tollgate.collect.iam;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.IamGroup;
import dev.tollgate.model.IamPolicy;
import dev.tollgate.model.IamRole;
import dev.tollgate.model.IamUser;
import dev.tollgate.model.InlinePolicy;
import dev.tollgate.model.PolicyDocument;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps IAM entity details to facts. One mapping serves both shapes AWS uses for them, because fields are
 * read case-insensitively: {@code get-account-authorization-details} (PascalCase: {@code UserName},
 * {@code RolePolicyList}, {@code PolicyVersionList[].Document}) and the AWS Config configuration of
 * {@code AWS::IAM::*} items (camelCase: {@code userName}, {@code rolePolicyList}, {@code policyVersionList[].document}).
 * Policy documents may be objects or (URL-encoded) strings. Problems raise {@link IllegalArgumentException}
 * naming the field.
 */
public final class IamEntities {
    private static final Pattern IAM_ARN = Pattern.compile("^arn:[a-z0-9-]+:iam::([^:]*):.+$");
    private static final Pattern AWS_MANAGED = Pattern.compile("^arn:[a-z0-9-]+:iam::aws:policy/.+$");

    private IamEntities() {
    }

    /** The account of an IAM ARN ({@code arn:aws:iam::123456789012:role/x} → {@code 123456789012}); null if none. */
    public static String accountOf(String arn) {
        if (arn == null) {
            return null;
        }
        Matcher m = IAM_ARN.matcher(arn);
        return m.matches() && !m.group(1).isEmpty() ? m.group(1) : null;
    }

    /** True for AWS-managed policy ARNs ({@code arn:aws:iam::aws:policy/...}, any partition). */
    public static boolean awsManaged(String arn) {
        return arn != null && AWS_MANAGED.matcher(arn).matches();
    }

    public static IamUser user(JsonNode n, String account, Map<String, String> tags) {
        String arn = required(n, "Arn");
        return new IamUser(arn, account, FactTypes.GLOBAL, nameOr(n, "UserName", arn), tagsOr(n, tags),
                Json.text(n, "UserId"), Json.text(n, "Path"), Json.instant(n, "CreateDate"),
                Json.strings(n, "GroupList"), attached(n), inline(n, "UserPolicyList"), boundary(n));
    }

    public static IamGroup group(JsonNode n, String account, Map<String, String> tags) {
        String arn = required(n, "Arn");
        return new IamGroup(arn, account, FactTypes.GLOBAL, nameOr(n, "GroupName", arn), tagsOr(n, tags),
                Json.text(n, "GroupId"), Json.text(n, "Path"), attached(n), inline(n, "GroupPolicyList"));
    }

    /**
     * A role. {@code RoleLastUsed} present (even {@code {}}) means IAM reported it: lastUsedKnown TRUE and a
     * null date means never used; absent (AWS Config does not record it) means UNKNOWN.
     */
    public static IamRole role(JsonNode n, String account, Map<String, String> tags) {
        String arn = required(n, "Arn");
        JsonNode trust = Json.get(n, "AssumeRolePolicyDocument");
        PolicyDocument trustPolicy;
        try {
            trustPolicy = Json.present(trust) ? PolicyDocuments.parse(trust) : null;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("AssumeRolePolicyDocument: " + e.getMessage());
        }
        JsonNode lastUsed = Json.get(n, "RoleLastUsed");
        boolean known = lastUsed.isObject();
        List<String> profiles = new ArrayList<>();
        for (JsonNode p : Json.array(n, "InstanceProfileList")) {
            String a = Json.text(p, "Arn");
            if (a != null) {
                profiles.add(a);
            }
        }
        return new IamRole(arn, account, FactTypes.GLOBAL, nameOr(n, "RoleName", arn), tagsOr(n, tags),
                Json.text(n, "RoleId"), Json.text(n, "Path"), Json.instant(n, "CreateDate"), trustPolicy,
                Json.integer(n, "MaxSessionDuration"), attached(n), inline(n, "RolePolicyList"), boundary(n),
                known ? Json.instant(lastUsed, "LastUsedDate") : null, known ? Tri.TRUE : Tri.UNKNOWN, profiles);
    }

    /**
     * A managed policy with its default version's document: the version marked {@code IsDefaultVersion},
     * else the one whose {@code VersionId} is {@code DefaultVersionId}.
     *
     * @param account the account the fact belongs to (for AWS-managed policies, the account whose view this is)
     */
    public static IamPolicy policy(JsonNode n, String account, Map<String, String> tags) {
        String arn = required(n, "Arn");
        String defaultId = Json.text(n, "DefaultVersionId");
        List<JsonNode> versions = Json.array(n, "PolicyVersionList");
        JsonNode chosen = null;
        for (JsonNode v : versions) {
            if (Json.tri(v, "IsDefaultVersion") == Tri.TRUE) {
                chosen = v;
                break;
            }
        }
        if (chosen == null && defaultId != null) {
            for (JsonNode v : versions) {
                if (defaultId.equals(Json.text(v, "VersionId"))) {
                    chosen = v;
                    break;
                }
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("PolicyVersionList has no default version"
                    + (defaultId == null ? "" : " (DefaultVersionId " + defaultId + ")"));
        }
        String versionId = Json.text(chosen, "VersionId");
        PolicyDocument doc;
        try {
            doc = PolicyDocuments.parse(Json.get(chosen, "Document"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PolicyVersionList version " + versionId + " Document: " + e.getMessage());
        }
        return new IamPolicy(arn, account, FactTypes.GLOBAL, nameOr(n, "PolicyName", arn), tagsOr(n, tags),
                Json.text(n, "PolicyId"), Json.text(n, "Path"), defaultId != null ? defaultId : versionId, doc,
                awsManaged(arn), Json.integer(n, "AttachmentCount"));
    }

    private static String required(JsonNode n, String field) {
        String v = Json.text(n, field);
        if (v == null) {
            throw new IllegalArgumentException("no " + field);
        }
        return v;
    }

    private static String nameOr(JsonNode n, String field, String arn) {
        String v = Json.text(n, field);
        return v != null ? v : arn.substring(arn.lastIndexOf('/') + 1);
    }

    private static Map<String, String> tagsOr(JsonNode n, Map<String, String> tags) {
        return tags != null && !tags.isEmpty() ? tags : Json.tags(Json.get(n, "Tags"));
    }

    private static List<String> attached(JsonNode n) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (JsonNode a : Json.array(n, "AttachedManagedPolicies")) {
            String arn = Json.text(a, "PolicyArn");
            if (arn == null) {
                throw new IllegalArgumentException("AttachedManagedPolicies[" + i + "] has no PolicyArn");
            }
            out.add(arn);
            i++;
        }
        return out;
    }

    private static List<InlinePolicy> inline(JsonNode n, String list) {
        List<InlinePolicy> out = new ArrayList<>();
        int i = 0;
        for (JsonNode p : Json.array(n, list)) {
            String name = Json.text(p, "PolicyName");
            try {
                out.add(new InlinePolicy(name, PolicyDocuments.parse(Json.get(p, "PolicyDocument"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(list + "[" + i + "] (" + name + "): " + e.getMessage());
            }
            i++;
        }
        return out;
    }

    private static String boundary(JsonNode n) {
        return Json.text(Json.get(n, "PermissionsBoundary"), "PermissionsBoundaryArn");
    }
}
