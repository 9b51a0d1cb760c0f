package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.NatGateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code AWS::EC2::NatGateway}: subnet, VPC, state ({@code "state": "available"} or the SDK-v1
 * {@code {"value": "available"}}), connectivity type (absent on gateways older than private NAT: public) and the
 * Elastic IP allocations of {@code natGatewayAddresses}.
 */
public final class NatGatewayNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::EC2::NatGateway";
    }

    @Override
    public NatGateway normalize(ConfigItem item) throws ItemException {
        JsonNode conf = Ec2Items.configuration(item);
        String natId = Ec2Items.id(item, conf, "natGatewayId");
        Ec2Items.Identity id = Ec2Items.identity(item, "natgateway", natId, Ec2Items.tags(item, conf), null);
        String state = Ec2Items.enumText(conf, "state");
        String connectivity = Json.text(conf, "connectivityType");
        List<String> publicIps = new ArrayList<>();
        List<String> allocations = new ArrayList<>();
        for (JsonNode a : Json.array(conf, "natGatewayAddresses")) {
            String ip = Json.text(a, "publicIp");
            String alloc = Json.text(a, "allocationId");
            if (ip != null && !publicIps.contains(ip)) {
                publicIps.add(ip);
            }
            if (alloc != null && !allocations.contains(alloc)) {
                allocations.add(alloc);
            }
        }
        return new NatGateway(id.arn(), id.account(), id.region(), id.name(), id.tags(), natId,
                Json.text(conf, "vpcId"), Json.text(conf, "subnetId"),
                state == null ? null : state.toLowerCase(Locale.ROOT),
                connectivity == null ? "public" : connectivity.toLowerCase(Locale.ROOT), publicIps, allocations);
    }
}
