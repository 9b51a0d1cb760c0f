package dev.tollgate.model;

import java.util.List;
import java.util.Map;

/**
 * An Amazon OpenSearch Service domain ({@code AWS::OpenSearch::Domain}, or the legacy
 * {@code AWS::Elasticsearch::Domain} recording of the same service).
 *
 * @param engineVersion        e.g. {@code OpenSearch_2.11} or {@code Elasticsearch_7.10} (legacy items: {@code 7.10})
 * @param instanceType         data node instance type, e.g. {@code r6g.large.search}
 * @param instanceCount        number of data nodes; null when not recorded
 * @param dedicatedMasters     dedicated master (cluster manager) nodes enabled
 * @param dedicatedMasterCount number of dedicated master nodes; null when not recorded or not enabled
 * @param zoneAwareness        zone awareness enabled
 * @param availabilityZones    ZoneAwarenessConfig.AvailabilityZoneCount; 1 when zone awareness is off; null when
 *                             not recorded
 * @param inVpc                TRUE when the domain has VPC options with subnets (VPC endpoint), FALSE for a public
 *                             endpoint, UNKNOWN when not recorded
 * @param encryptionAtRest     EncryptionAtRestOptions.Enabled
 * @param kmsKeyId             EncryptionAtRestOptions.KmsKeyId
 * @param nodeToNodeEncryption NodeToNodeEncryptionOptions.Enabled
 * @param enforceHttps         DomainEndpointOptions.EnforceHTTPS
 * @param tlsPolicy            DomainEndpointOptions.TLSSecurityPolicy; null when not recorded
 * @param fineGrainedAccess    AdvancedSecurityOptions.Enabled
 * @param accessPolicy         the domain's resource-based access policy; null when not recorded
 * @param logsPublished        log types published to CloudWatch Logs (AUDIT_LOGS, ES_APPLICATION_LOGS,
 *                             INDEX_SLOW_LOGS, SEARCH_SLOW_LOGS) with Enabled true; null when the item does not record
 *                             log publishing options, empty when none is published
 */
public record SearchDomain(String arn, String account, String region, String name, Map<String, String> tags,
                           String domainName, String engineVersion, String instanceType, Integer instanceCount,
                           Tri dedicatedMasters, Integer dedicatedMasterCount, Tri zoneAwareness,
                           Integer availabilityZones, Tri inVpc, List<String> subnetIds, List<String> securityGroupIds,
                           Tri encryptionAtRest, String kmsKeyId, Tri nodeToNodeEncryption, Tri enforceHttps,
                           String tlsPolicy, Tri fineGrainedAccess, PolicyDocument accessPolicy,
                           List<String> logsPublished) implements Resource {
    public SearchDomain {
        tags = Copy.map(tags);
        dedicatedMasters = Copy.tri(dedicatedMasters);
        zoneAwareness = Copy.tri(zoneAwareness);
        inVpc = Copy.tri(inVpc);
        subnetIds = Copy.list(subnetIds);
        securityGroupIds = Copy.list(securityGroupIds);
        encryptionAtRest = Copy.tri(encryptionAtRest);
        nodeToNodeEncryption = Copy.tri(nodeToNodeEncryption);
        enforceHttps = Copy.tri(enforceHttps);
        fineGrainedAccess = Copy.tri(fineGrainedAccess);
        logsPublished = logsPublished == null ? null : List.copyOf(logsPublished);
    }

    @Override
    public String resourceType() {
        return "AWS::OpenSearch::Domain";
    }
}
