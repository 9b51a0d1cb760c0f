package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.collect.iam.PolicyDocuments;
import dev.tollgate.model.PolicyDocument;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SearchDomain;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code AWS::OpenSearch::Domain}: the CloudFormation-registry PascalCase shape Config records ({@code ClusterConfig},
 * {@code VPCOptions}, {@code EncryptionAtRestOptions}, {@code NodeToNodeEncryptionOptions},
 * {@code DomainEndpointOptions.TLSSecurityPolicy}, {@code AdvancedSecurityOptions},
 * {@code LogPublishingOptions.AUDIT_LOGS}, {@code AccessPolicies} as an object or a JSON string). The domain is in a
 * VPC when its VPC options name subnets; it has a public endpoint when the VPC options are empty or its recorded
 * {@code DomainEndpoint} is not a {@code vpc-} endpoint; otherwise placement is UNKNOWN. Absent access policies and
 * log publishing options are "not recorded" (null), never "none". The legacy {@code AWS::Elasticsearch::Domain}
 * recording is not read: its coverage would be attributed to another resource type than the rules require.
 */
public final class SearchDomainNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::OpenSearch::Domain";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String domainName = Json.text(c, "DomainName");
        if (domainName == null) {
            domainName = item.resourceName() != null ? item.resourceName() : item.resourceId();
        }
        JsonNode cluster = Json.get(c, "ClusterConfig");
        Tri zoneAwareness = Json.tri(cluster, "ZoneAwarenessEnabled");
        Integer azs = zoneAwareness == Tri.FALSE ? Integer.valueOf(1)
                : Json.integer(Json.get(cluster, "ZoneAwarenessConfig"), "AvailabilityZoneCount");
        Tri dedicated = Json.tri(cluster, "DedicatedMasterEnabled");

        JsonNode vpc = Json.get(c, "VPCOptions");
        List<String> subnets = Json.strings(vpc, "SubnetIds");
        Tri inVpc;
        if (!subnets.isEmpty()) {
            inVpc = Tri.TRUE;
        } else if (vpc.isObject()) {
            inVpc = Tri.FALSE;
        } else {
            String endpoint = Json.text(c, "DomainEndpoint");
            JsonNode endpoints = Json.get(c, "DomainEndpoints");
            if (Json.text(endpoints, "vpc") != null) {
                inVpc = Tri.TRUE;
            } else if (endpoint != null) {
                inVpc = endpoint.toLowerCase(Locale.ROOT).startsWith("vpc-") ? Tri.TRUE : Tri.FALSE;
            } else {
                inVpc = Tri.UNKNOWN;
            }
        }

        JsonNode rest = Json.get(c, "EncryptionAtRestOptions");
        JsonNode endpointOptions = Json.get(c, "DomainEndpointOptions");
        String arn = Items.arn(item, Json.text(c, "DomainArn", "Arn"));
        String engine = Json.text(c, "EngineVersion");
        return new SearchDomain(arn, Items.account(item), item.region(),
                tags.containsKey("Name") ? tags.get("Name") : domainName, tags, domainName, engine,
                Json.text(cluster, "InstanceType"), Json.integer(cluster, "InstanceCount"), dedicated,
                dedicated == Tri.TRUE ? Json.integer(cluster, "DedicatedMasterCount") : null,
                zoneAwareness, azs, inVpc, subnets, Json.strings(vpc, "SecurityGroupIds"),
                Json.tri(rest, "Enabled"), Json.text(rest, "KmsKeyId"),
                Json.tri(Json.get(c, "NodeToNodeEncryptionOptions"), "Enabled"),
                Json.tri(endpointOptions, "EnforceHTTPS"), Json.text(endpointOptions, "TLSSecurityPolicy"),
                Json.tri(Json.get(c, "AdvancedSecurityOptions"), "Enabled"), accessPolicy(c), logs(c));
    }

    /** The access policy; null when absent or unreadable, an empty document when recorded as empty. */
    private static PolicyDocument accessPolicy(JsonNode c) {
        JsonNode p = Json.get(c, "AccessPolicies");
        if (!Json.present(p)) {
            return null;
        }
        if (p.isTextual() && p.asText().isBlank() || p.isObject() && p.isEmpty()) {
            return PolicyDocument.empty();
        }
        try {
            return PolicyDocuments.parse(p);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Log types with {@code Enabled} true; null when the item records no log publishing options. */
    private static List<String> logs(JsonNode c) {
        JsonNode options = Json.get(c, "LogPublishingOptions");
        if (!options.isObject()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = options.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode opt = Json.decode(e.getValue());
            boolean enabled = Json.tri(opt, "Enabled") == Tri.TRUE
                    || Json.tri(opt, "Enabled") == Tri.UNKNOWN && Json.text(opt, "CloudWatchLogsLogGroupArn") != null;
            if (enabled) {
                out.add(e.getKey().toUpperCase(Locale.ROOT));
            }
        }
        out.sort(null);
        return out;
    }
}
