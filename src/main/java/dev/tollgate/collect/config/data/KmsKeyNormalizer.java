package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.KmsKey;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Tri;

import java.util.Map;

/**
 * {@code AWS::KMS::Key}: DescribeKey's KeyMetadata in camelCase; rotation from
 * {@code supplementaryConfiguration.KeyRotationStatus} (a boolean, or the string "true"/"false"),
 * else a {@code keyRotationEnabled}/{@code EnableKeyRotation} in the configuration; UNKNOWN otherwise.
 */
public final class KmsKeyNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::KMS::Key";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        JsonNode rotation = item.supplementary("KeyRotationStatus");
        Tri rotationEnabled;
        if (Json.present(rotation)) {
            rotationEnabled = rotation.isObject() ? Json.tri(rotation, "keyRotationEnabled") : Items.tri(rotation);
        } else {
            rotationEnabled = Json.tri(c, "keyRotationEnabled", "keyRotationStatus", "enableKeyRotation");
        }
        String keyId = Json.text(c, "keyId");
        return new KmsKey(Items.arn(item, Json.text(c, "arn")), Items.account(item), item.region(),
                Items.name(item, tags), tags,
                keyId != null ? keyId : item.resourceId(), Json.text(c, "keyManager"),
                Json.text(c, "keySpec", "customerMasterKeySpec"), Json.text(c, "keyState"), Json.text(c, "origin"),
                rotationEnabled);
    }
}
