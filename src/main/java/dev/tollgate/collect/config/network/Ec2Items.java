package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.Json;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ConfigItems;
import dev.tollgate.collect.config.ItemException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the EC2/VPC normalizers share: the fact identity (ARN, account, region, name, tags), the
 * configuration and id of an item, and the few value shapes Config uses for EC2 (enums recorded as a
 * string or as {@code {"value": ...}}, optional port numbers, id lists).
 */
final class Ec2Items {
    /** Port value meaning "all" (or "not applicable") in the fact model. */
    static final int ALL_PORTS = -1;

    private Ec2Items() {
    }

    /** The first five components of every resource fact. */
    record Identity(String arn, String account, String region, String name, Map<String, String> tags) {
    }

    /** The decoded configuration object; an item without one cannot be assessed. */
    static JsonNode configuration(ConfigItem item) throws ItemException {
        return ConfigItems.configuration(item);
    }

    /** The resource id from the first of {@code fields} in the configuration, else the item's resourceId. */
    static String id(ConfigItem item, JsonNode conf, String... fields) throws ItemException {
        String id = Json.text(conf, fields);
        if (id == null) {
            id = item.resourceId();
        }
        if (id == null || id.isBlank()) {
            throw new ItemException("the item names no " + item.resourceType() + " id");
        }
        return id;
    }

    /** Tags from the item, else from the configuration's own {@code tags} list (both shapes Json understands). */
    static Map<String, String> tags(ConfigItem item, JsonNode conf) {
        return ConfigItems.tags(item, conf);
    }

    /**
     * Identity of the fact. ARN: the item's, else {@code arn:aws:ec2:<region>:<account>:<kind>/<id>}.
     * Name: the {@code Name} tag, else the recorded resource name, else {@code fallbackName}, else the id.
     */
    static Identity identity(ConfigItem item, String arnKind, String id, Map<String, String> tags,
                             String fallbackName) {
        String arn = item.arn() != null ? item.arn()
                : "arn:" + partition(item) + ":ec2:" + nullToEmpty(item.region()) + ":" + nullToEmpty(item.account())
                + ":" + arnKind + "/" + id;
        String name = tags.get("Name");
        if (name == null || name.isBlank()) {
            name = notBlank(item.resourceName()) ? item.resourceName()
                    : notBlank(fallbackName) ? fallbackName : id;
        }
        return new Identity(arn, item.account(), item.region(), name, tags);
    }

    /**
     * An enum value, which Config records either as a plain string ({@code "state":"in-use"}) or, for
     * some SDK-v1 types, as an object ({@code "state":{"value":"in-use"}}, {@code {"code":16,"name":"running"}}).
     */
    static String enumText(JsonNode node, String field) {
        JsonNode v = Json.get(node, field);
        if (v.isObject()) {
            return Json.text(v, "value", "name");
        }
        return Json.text(node, field);
    }

    /** An integer field, or {@link #ALL_PORTS} when absent or not a number. */
    static int portOrAll(JsonNode node, String field) {
        Integer v = Json.integer(node, field);
        return v == null ? ALL_PORTS : v;
    }

    /** The distinct, non-empty values of {@code field} in each of {@code nodes}, in order. */
    static List<String> distinctTexts(List<JsonNode> nodes, String field) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode n : nodes) {
            String v = Json.text(n, field);
            if (v != null) {
                out.add(v);
            }
        }
        return new ArrayList<>(out);
    }

    /** The ARN partition: the item's own ARN's, else the one its region belongs to. */
    static String partition(ConfigItem item) {
        String arn = item.arn();
        if (arn != null && arn.startsWith("arn:") && arn.indexOf(':', 4) > 4) {
            return arn.substring(4, arn.indexOf(':', 4));
        }
        String region = nullToEmpty(item.region());
        return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
