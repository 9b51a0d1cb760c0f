package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Tri;
import dev.tollgate.model.Vpc;

/** {@code AWS::EC2::VPC}: primary IPv4 CIDR and whether it is the region's default VPC. */
public final class VpcNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::EC2::VPC";
    }

    @Override
    public Vpc normalize(ConfigItem item) throws ItemException {
        JsonNode conf = Ec2Items.configuration(item);
        String vpcId = Ec2Items.id(item, conf, "vpcId");
        Ec2Items.Identity id = Ec2Items.identity(item, "vpc", vpcId, Ec2Items.tags(item, conf), null);
        // the fact's flag is a plain boolean: only an explicit "isDefault": true makes a default VPC
        return new Vpc(id.arn(), id.account(), id.region(), id.name(), id.tags(),
                vpcId, Json.text(conf, "cidrBlock"), Json.tri(conf, "isDefault") == Tri.TRUE);
    }
}
