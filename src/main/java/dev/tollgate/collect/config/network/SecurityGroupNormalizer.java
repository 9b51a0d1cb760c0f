package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.SecurityGroup;
import dev.tollgate.model.SgPermission;
import dev.tollgate.model.SgPermission.PeerKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::SecurityGroup}: Config records the EC2 DescribeSecurityGroups shape ({@code ipPermissions},
 * {@code ipPermissionsEgress}). Each AWS permission lists many peers; the fact holds one {@link SgPermission}
 * per peer. IPv4 peers appear twice in SDK-v1 items ({@code ipv4Ranges} objects and the legacy
 * {@code ipRanges} strings): they are merged, keeping the description from {@code ipv4Ranges}.
 */
public final class SecurityGroupNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::EC2::SecurityGroup";
    }

    @Override
    public SecurityGroup normalize(ConfigItem item) throws ItemException {
        JsonNode conf = Ec2Items.configuration(item);
        String groupId = Ec2Items.id(item, conf, "groupId");
        String groupName = Json.text(conf, "groupName");
        Ec2Items.Identity id = Ec2Items.identity(item, "security-group", groupId, Ec2Items.tags(item, conf), groupName);
        return new SecurityGroup(id.arn(), id.account(), id.region(), id.name(), id.tags(),
                groupId, Json.text(conf, "vpcId"), Json.text(conf, "description"), "default".equals(groupName),
                flatten(Json.array(conf, "ipPermissions")), flatten(Json.array(conf, "ipPermissionsEgress")));
    }

    private static List<SgPermission> flatten(List<JsonNode> permissions) {
        List<SgPermission> out = new ArrayList<>();
        for (JsonNode p : permissions) {
            String protocol = Protocols.name(Json.text(p, "ipProtocol"));
            boolean all = Protocols.ALL.equals(protocol);
            int from = all ? Ec2Items.ALL_PORTS : Ec2Items.portOrAll(p, "fromPort");
            int to = all ? Ec2Items.ALL_PORTS : Ec2Items.portOrAll(p, "toPort");
            for (Map.Entry<String, String> cidr : cidrs(p).entrySet()) {
                out.add(new SgPermission(protocol, from, to, PeerKind.CIDR, cidr.getKey(), cidr.getValue()));
            }
            for (JsonNode pair : Json.array(p, "userIdGroupPairs")) {
                // groupName only for EC2-Classic groups, which have no id
                String peer = Json.text(pair, "groupId", "groupName");
                if (peer != null) {
                    out.add(new SgPermission(protocol, from, to, PeerKind.SECURITY_GROUP, peer,
                            Json.text(pair, "description")));
                }
            }
            for (JsonNode pl : Json.array(p, "prefixListIds")) {
                String peer = pl.isObject() ? Json.text(pl, "prefixListId") : Json.present(pl) ? pl.asText() : null;
                if (peer != null && !peer.isBlank()) {
                    out.add(new SgPermission(protocol, from, to, PeerKind.PREFIX_LIST, peer,
                            pl.isObject() ? Json.text(pl, "description") : null));
                }
            }
        }
        return out;
    }

    /** CIDR → description, IPv4 (both spellings, merged) then IPv6. */
    private static Map<String, String> cidrs(JsonNode permission) {
        Map<String, String> out = new LinkedHashMap<>();
        addRanges(out, Json.array(permission, "ipv4Ranges"), "cidrIp");
        addRanges(out, Json.array(permission, "ipRanges"), "cidrIp");
        addRanges(out, Json.array(permission, "ipv6Ranges"), "cidrIpv6");
        return out;
    }

    /** Ranges are objects ({@code {"cidrIp": ..., "description": ...}}) or, in legacy {@code ipRanges}, bare strings. */
    private static void addRanges(Map<String, String> out, List<JsonNode> ranges, String cidrField) {
        for (JsonNode r : ranges) {
            String cidr = r.isObject() ? Json.text(r, cidrField) : Json.present(r) ? r.asText() : null;
            if (cidr == null || cidr.isBlank()) {
                continue;
            }
            String description = r.isObject() ? Json.text(r, "description") : null;
            String known = out.get(cidr);
            if (!out.containsKey(cidr) || (known == null && description != null)) {
                out.put(cidr, description);
            }
        }
    }
}
