package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.collect.iam.PolicyDocuments;
import dev.tollgate.model.AclGrant;
import dev.tollgate.model.PolicyDocument;
import dev.tollgate.model.PublicAccessBlock;
import dev.tollgate.model.Resource;
import dev.tollgate.model.S3Bucket;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code AWS::S3::Bucket}. Everything of interest is in {@code supplementaryConfiguration}, one key per
 * sub-resource, each value an object or a JSON string (the ACL usually a string, sometimes twice encoded).
 *
 * <p>Semantics of absence:
 * <ul>
 *   <li>no supplementary configuration at all (e.g. an advanced query that did not select it): every
 *       setting is UNKNOWN;</li>
 *   <li>supplementary present, optional key absent: Config leaves the key out when the bucket has no such
 *       configuration, so it is known to be absent: {@code PublicAccessBlockConfiguration} → all flags off,
 *       {@code BucketPolicy} (or {@code policyText: null}) → no policy, {@code BucketLoggingConfiguration}
 *       (or a null {@code destinationBucketName}) → no logging, replication and lifecycle → none;</li>
 *   <li>keys Config records for every bucket (every bucket has an ACL and a versioning state) stay UNKNOWN
 *       when absent, as their absence means the item is partial, not that the bucket lacks them; so does
 *       default encryption, which S3 applies to every bucket since 2023 and whose absence tells nothing.</li>
 * </ul>
 */
public final class S3BucketNormalizer implements ItemNormalizer {
    private static final Map<String, String> GROUPS = Map.of(
            "allusers", "http://acs.amazonaws.com/groups/global/AllUsers",
            "authenticatedusers", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
            "logdelivery", "http://acs.amazonaws.com/groups/s3/LogDelivery");

    @Override
    public String resourceType() {
        return "AWS::S3::Bucket";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = item.configuration();
        Map<String, String> tags = Items.tags(item, c);
        String bucket = Json.text(c, "name");
        if (bucket == null) {
            bucket = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        if (bucket == null) {
            throw new ItemException("AWS::S3::Bucket without a name");
        }
        String arn = Items.arn(item, "arn:aws:s3:::" + bucket);
        String name = tags.getOrDefault("Name", bucket);
        if (item.supplementary().isEmpty()) {
            return new S3Bucket(arn, Items.account(item), item.region(), name, tags,
                    PublicAccessBlock.unknown(), List.of(), Tri.UNKNOWN, null, null, Tri.UNKNOWN,
                    null, Tri.UNKNOWN, List.of(), Tri.UNKNOWN, 0, Tri.UNKNOWN, null, Tri.UNKNOWN,
                    null, Tri.UNKNOWN, null);
        }

        JsonNode acl = item.supplementary("AccessControlList");
        Tri aclKnown = Json.present(acl) && acl.isObject() ? Tri.TRUE : Tri.UNKNOWN;

        JsonNode sse = firstRule(item.supplementary("ServerSideEncryptionConfiguration"));
        JsonNode byDefault = Json.get(sse, "applyServerSideEncryptionByDefault");

        JsonNode versioning = item.supplementary("BucketVersioningConfiguration");
        String versioningStatus = null;
        Tri mfaDelete = Tri.UNKNOWN;
        if (Json.present(versioning) && versioning.isObject()) {
            versioningStatus = Json.text(versioning, "status");
            if (versioningStatus == null) {
                versioningStatus = "Off";
            }
            // null when MFA delete was never configured, which S3 treats as disabled
            mfaDelete = Items.triOr(versioning, Tri.FALSE, "isMfaDeleteEnabled");
        }

        JsonNode lifecycle = item.supplementary("BucketLifecycleConfiguration");
        int lifecycleRules = 0;
        for (JsonNode r : rules(lifecycle)) {
            if (!"Disabled".equalsIgnoreCase(Json.text(r, "status"))) {
                lifecycleRules++;
            }
        }

        JsonNode logging = item.supplementary("BucketLoggingConfiguration");
        String loggingTarget = Json.text(logging, "destinationBucketName");

        PolicyDocument policy = null;
        Tri policyKnown = Tri.TRUE;
        JsonNode policyText = Json.get(item.supplementary("BucketPolicy"), "policyText");
        if (Json.present(policyText) && !(policyText.isTextual() && policyText.asText().isBlank())) {
            try {
                policy = PolicyDocuments.parse(policyText);
            } catch (IllegalArgumentException e) {
                policyKnown = Tri.UNKNOWN;
            }
        }

        return new S3Bucket(arn, Items.account(item), item.region(), name, tags,
                publicAccessBlock(item.supplementary("PublicAccessBlockConfiguration")),
                grants(acl), aclKnown,
                Json.text(byDefault, "sseAlgorithm"), Json.text(byDefault, "kmsMasterKeyID"),
                Json.present(sse) ? Items.triOr(sse, Tri.FALSE, "bucketKeyEnabled") : Tri.UNKNOWN,
                versioningStatus, mfaDelete,
                replicationDestinations(item.supplementary("BucketReplicationConfiguration")), Tri.TRUE,
                lifecycleRules, Tri.TRUE, loggingTarget, Tri.TRUE,
                policy, policyKnown, objectOwnership(item.supplementary("BucketOwnershipControls")));
    }

    /** A recorded block, its unset flags off (S3's default); no block at all is {@link PublicAccessBlock#none()}. */
    static PublicAccessBlock publicAccessBlock(JsonNode pab) {
        if (!Json.present(pab) || !pab.isObject()) {
            return PublicAccessBlock.none();
        }
        return new PublicAccessBlock(
                Items.triOr(pab, Tri.FALSE, "blockPublicAcls"), Items.triOr(pab, Tri.FALSE, "ignorePublicAcls"),
                Items.triOr(pab, Tri.FALSE, "blockPublicPolicy"), Items.triOr(pab, Tri.FALSE, "restrictPublicBuckets"));
    }

    /** Grants of {@code grantList} (or {@code grantSet}); groups as their URIs, permissions in S3's spelling. */
    private static List<AclGrant> grants(JsonNode acl) {
        List<AclGrant> out = new ArrayList<>();
        if (!Json.present(acl)) {
            return out;
        }
        List<JsonNode> list = Json.array(acl, "grantList");
        if (list.isEmpty()) {
            list = Json.array(acl, "grantSet", "grants");
        }
        for (JsonNode g : list) {
            JsonNode grantee = Json.get(g, "grantee");
            String permission = permission(Json.text(g, "permission"));
            if (grantee.isTextual()) {
                String group = grantee.asText();
                out.add(new AclGrant("Group", GROUPS.getOrDefault(group.toLowerCase(Locale.ROOT), group), permission));
            } else if (grantee.isObject()) {
                String uri = Json.text(grantee, "uri", "URI");
                String email = Json.text(grantee, "emailAddress");
                String id = Json.text(grantee, "id");
                if (uri != null) {
                    out.add(new AclGrant("Group", uri, permission));
                } else if (id != null) {
                    out.add(new AclGrant("CanonicalUser", id, permission));
                } else if (email != null) {
                    out.add(new AclGrant("AmazonCustomerByEmail", email, permission));
                } else {
                    String ident = Json.text(grantee, "identifier");
                    if (ident != null) {
                        String type = ident.startsWith("http") ? "Group" : "CanonicalUser";
                        out.add(new AclGrant(type, ident, permission));
                    }
                }
            }
        }
        return out;
    }

    /** Config writes SDK-v1 enum names (FullControl, ReadAcp); rules see S3's (FULL_CONTROL, READ_ACP). */
    static String permission(String p) {
        if (p == null) {
            return null;
        }
        return switch (p.replace("_", "").toLowerCase(Locale.ROOT)) {
            case "fullcontrol" -> "FULL_CONTROL";
            case "read" -> "READ";
            case "write" -> "WRITE";
            case "readacp" -> "READ_ACP";
            case "writeacp" -> "WRITE_ACP";
            default -> p;
        };
    }

    private static JsonNode firstRule(JsonNode sse) {
        List<JsonNode> r = rules(sse);
        return r.isEmpty() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : r.get(0);
    }

    /** {@code rules} as a list, whether Config wrote a list or a map keyed by rule id (replication). */
    private static List<JsonNode> rules(JsonNode config) {
        JsonNode rules = Json.get(config, "rules");
        List<JsonNode> out = new ArrayList<>();
        if (rules.isArray()) {
            rules.forEach(r -> out.add(Json.decode(r)));
        } else if (rules.isObject()) {
            Iterator<JsonNode> it = rules.elements();
            while (it.hasNext()) {
                out.add(Json.decode(it.next()));
            }
        }
        return out;
    }

    private static List<String> replicationDestinations(JsonNode replication) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : rules(replication)) {
            if (!"Enabled".equalsIgnoreCase(Json.text(r, "status"))) {
                continue;
            }
            String dest = Json.text(Json.first(r, "destinationConfig", "destination"), "bucketARN", "bucket");
            if (dest != null && !out.contains(dest)) {
                out.add(dest);
            }
        }
        return out;
    }

    private static String objectOwnership(JsonNode controls) {
        if (!Json.present(controls)) {
            return null;
        }
        JsonNode holder = Json.present(Json.get(controls, "ownershipControls")) ? Json.get(controls, "ownershipControls") : controls;
        for (JsonNode r : rules(holder)) {
            String o = Json.text(r, "objectOwnership");
            if (o != null) {
                return o;
            }
        }
        return Json.text(controls, "objectOwnership");
    }
}
