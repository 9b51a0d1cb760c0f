package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Subnet;

/** {@code AWS::EC2::Subnet}: zone, IPv4 CIDR and whether instances get a public IPv4 address by default. */
public final class SubnetNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::EC2::Subnet";
    }

    @Override
    public Subnet normalize(ConfigItem item) throws ItemException {
        JsonNode conf = Ec2Items.configuration(item);
        String subnetId = Ec2Items.id(item, conf, "subnetId");
        Ec2Items.Identity id = Ec2Items.identity(item, "subnet", subnetId, Ec2Items.tags(item, conf), null);
        String az = Json.text(conf, "availabilityZone");
        if (az == null && item.availabilityZone() != null && item.region() != null
                && item.availabilityZone().startsWith(item.region())) {
            az = item.availabilityZone(); // the item-level field also holds "Not Applicable"/"Regional"
        }
        return new Subnet(id.arn(), id.account(), id.region(), id.name(), id.tags(),
                subnetId, Json.text(conf, "vpcId"), az,
                Json.text(conf, "cidrBlock"), Json.tri(conf, "mapPublicIpOnLaunch"));
    }
}
