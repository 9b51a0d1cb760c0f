package dev.tollgate.collect.config.iam;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;
import dev.tollgate.collect.iam.IamEntities;
import dev.tollgate.model.Resource;

import java.util.List;
import java.util.Map;

/**
 * AWS Config's own IAM items. Their configuration is the IAM API's entity detail in camelCase
 * ({@code userName}, {@code userPolicyList[].policyDocument}, {@code assumeRolePolicyDocument},
 * {@code policyVersionList[].document}, documents URL-encoded), so they share the mapping of
 * get-account-authorization-details ({@link IamEntities}). Config records no {@code roleLastUsed} and no
 * {@code maxSessionDuration} for roles: those stay UNKNOWN / null. Config records customer-managed policies only.
 */
public final class IamItemNormalizer implements ItemNormalizer {
    @FunctionalInterface
    interface Mapper {
        Resource map(JsonNode configuration, String account, Map<String, String> tags);
    }

    public static final IamItemNormalizer USER = new IamItemNormalizer("AWS::IAM::User", IamEntities::user);
    public static final IamItemNormalizer GROUP = new IamItemNormalizer("AWS::IAM::Group", IamEntities::group);
    public static final IamItemNormalizer ROLE = new IamItemNormalizer("AWS::IAM::Role", IamEntities::role);
    public static final IamItemNormalizer POLICY = new IamItemNormalizer("AWS::IAM::Policy", IamEntities::policy);

    private final String type;
    private final Mapper mapper;

    private IamItemNormalizer(String type, Mapper mapper) {
        this.type = type;
        this.mapper = mapper;
    }

    /** The normalizers for AWS::IAM::User, Group, Role and Policy. */
    public static List<ItemNormalizer> all() {
        return List.of(USER, GROUP, ROLE, POLICY);
    }

    @Override
    public String resourceType() {
        return type;
    }

    @Override
    public Resource normalize(ConfigItem item) throws ItemException {
        JsonNode conf = item.configuration();
        if (conf == null || !conf.isObject()) {
            throw new ItemException("the configuration is not an object");
        }
        if (Json.text(conf, "arn") == null && item.arn() != null) {
            ObjectNode copy = ((ObjectNode) conf).deepCopy();
            copy.put("arn", item.arn());
            conf = copy;
        }
        try {
            return mapper.map(conf, item.account(), item.tags());
        } catch (IllegalArgumentException e) {
            throw new ItemException(e.getMessage());
        }
    }
}
