package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.EbsVolume;

/**
 * {@code AWS::EC2::Volume}: encryption (UNKNOWN when not recorded), key, state (a string, or
 * {@code {"value": ...}} in some items), type, size (0 when not recorded) and attached instances.
 */
public final class EbsVolumeNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::EC2::Volume";
    }

    @Override
    public EbsVolume normalize(ConfigItem item) throws ItemException {
        JsonNode conf = Ec2Items.configuration(item);
        String volumeId = Ec2Items.id(item, conf, "volumeId");
        Ec2Items.Identity id = Ec2Items.identity(item, "volume", volumeId, Ec2Items.tags(item, conf), null);
        Integer size = Json.integer(conf, "size");
        return new EbsVolume(id.arn(), id.account(), id.region(), id.name(), id.tags(),
                volumeId, Json.tri(conf, "encrypted"), Json.text(conf, "kmsKeyId"), Ec2Items.enumText(conf, "state"),
                Json.text(conf, "volumeType"), size == null ? 0 : size,
                Ec2Items.distinctTexts(Json.array(conf, "attachments"), "instanceId"));
    }
}
