package dev.tollgate.model;

import java.util.Map;

public record S3AccountPublicAccessBlock(String arn, String account, String region, String name,
                                         Map<String, String> tags, PublicAccessBlock block) implements Resource {
    public S3AccountPublicAccessBlock {
        tags = Copy.map(tags);
        block = block == null ? PublicAccessBlock.unknown() : block;
    }

    @Override
    public String resourceType() {
        return "AWS::S3::AccountPublicAccessBlock";
    }
}
