package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.NaclEntry;
import dev.tollgate.model.NetworkAcl;
import dev.tollgate.model.Tri;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::EC2::NetworkAcl}: entries (protocol as its IANA number string, ports -1/-1 when the entry
 * has no {@code portRange}), associated subnets and the default flag. The implicit final deny (rule
 * 32767) is kept: it is recorded and real.
 */
public final class NetworkAclNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::EC2::NetworkAcl";
    }

    @Override
    public NetworkAcl normalize(ConfigItem item) throws ItemException {
        JsonNode conf = Ec2Items.configuration(item);
        String aclId = Ec2Items.id(item, conf, "networkAclId");
        Ec2Items.Identity id = Ec2Items.identity(item, "network-acl", aclId, Ec2Items.tags(item, conf), null);
        List<NaclEntry> entries = new ArrayList<>();
        for (JsonNode e : Json.array(conf, "entries")) {
            entries.add(entry(e));
        }
        return new NetworkAcl(id.arn(), id.account(), id.region(), id.name(), id.tags(),
                aclId, Json.text(conf, "vpcId"), Json.tri(conf, "isDefault") == Tri.TRUE,
                Ec2Items.distinctTexts(Json.array(conf, "associations"), "subnetId"), entries);
    }

    private static NaclEntry entry(JsonNode e) throws ItemException {
        Integer ruleNumber = Json.integer(e, "ruleNumber");
        if (ruleNumber == null) {
            throw new ItemException("a network ACL entry has no ruleNumber");
        }
        String protocol = Protocols.number(Json.text(e, "protocol"));
        JsonNode range = Json.get(e, "portRange");
        boolean ports = Json.present(range) && !Protocols.ALL.equals(protocol);
        return new NaclEntry(ruleNumber, Json.tri(e, "egress") == Tri.TRUE, protocol,
                ports ? Ec2Items.portOrAll(range, "from") : Ec2Items.ALL_PORTS,
                ports ? Ec2Items.portOrAll(range, "to") : Ec2Items.ALL_PORTS,
                Json.text(e, "cidrBlock", "ipv6CidrBlock"),
                "allow".equalsIgnoreCase(Ec2Items.enumText(e, "ruleAction")));
    }
}
