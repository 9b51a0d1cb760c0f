package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Ec2Instance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::EC2::Instance} (DescribeInstances shape). Security groups are those of the instance and of
 * every attached network interface; the public IP is the instance's, else one associated with a secondary
 * interface. IMDS settings stay null when the item predates {@code metadataOptions}.
 */
public final class Ec2InstanceNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::EC2::Instance";
    }

    @Override
    public Ec2Instance normalize(ConfigItem item) throws ItemException {
        JsonNode conf = Ec2Items.configuration(item);
        String instanceId = Ec2Items.id(item, conf, "instanceId");
        Ec2Items.Identity id = Ec2Items.identity(item, "instance", instanceId, Ec2Items.tags(item, conf), null);
        List<JsonNode> interfaces = Json.array(conf, "networkInterfaces");
        Set<String> groups = new LinkedHashSet<>(Ec2Items.distinctTexts(Json.array(conf, "securityGroups"), "groupId"));
        for (JsonNode eni : interfaces) {
            groups.addAll(Ec2Items.distinctTexts(Json.array(eni, "groups"), "groupId"));
        }
        JsonNode imds = Json.get(conf, "metadataOptions");
        return new Ec2Instance(id.arn(), id.account(), id.region(), id.name(), id.tags(),
                instanceId, Ec2Items.enumText(conf, "state"), Json.text(conf, "instanceType"),
                Json.text(conf, "imageId"), Json.text(conf, "vpcId"), Json.text(conf, "subnetId"),
                publicIp(conf, interfaces), new ArrayList<>(groups),
                Json.text(Json.get(conf, "iamInstanceProfile"), "arn"),
                Json.text(imds, "httpTokens"), Json.text(imds, "httpEndpoint"),
                Json.instant(conf, "launchTime"));
    }

    private static String publicIp(JsonNode conf, List<JsonNode> interfaces) {
        String ip = Json.text(conf, "publicIpAddress");
        for (int i = 0; ip == null && i < interfaces.size(); i++) {
            ip = Json.text(Json.get(interfaces.get(i), "association"), "publicIp");
        }
        return ip;
    }
}
