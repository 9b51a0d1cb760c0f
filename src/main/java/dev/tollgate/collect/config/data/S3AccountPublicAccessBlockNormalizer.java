package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.model.Resource;
import dev.tollgate.model.S3AccountPublicAccessBlock;

import java.util.Map;

/** {@code AWS::S3::AccountPublicAccessBlock}: the four flags in {@code configuration}; Config records no ARN. */
public final class S3AccountPublicAccessBlockNormalizer implements ItemNormalizer {
    @Override
    public String resourceType() {
        return "AWS::S3::AccountPublicAccessBlock";
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode c = Items.configuration(item);
        Map<String, String> tags = Items.tags(item, c);
        String account = Items.account(item);
        if (account == null) {
            account = item.resourceId();
        }
        String arn = Items.arn(item, "arn:aws:s3::" + account + ":account-public-access-block");
        return new S3AccountPublicAccessBlock(arn, account, item.region(), Items.name(item, tags), tags,
                S3BucketNormalizer.publicAccessBlock(c));
    }
}
