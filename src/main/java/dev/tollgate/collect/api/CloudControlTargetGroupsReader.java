package dev.tollgate.collect.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.TargetGroup;
import dev.tollgate.model.Tri;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.tollgate.collect.api.ApiFields.array;
import static dev.tollgate.collect.api.ApiFields.elements;
import static dev.tollgate.collect.api.ApiFields.object;
import static dev.tollgate.collect.api.ApiFields.shorten;
import static dev.tollgate.collect.api.ApiFields.text;

/**
 * The Cloud Control view of ELBv2 target groups, which unlike {@code describe-target-groups} ties the group's
 * attributes to its ARN: {@code aws cloudcontrol list-resources --type-name AWS::ElasticLoadBalancingV2::TargetGroup}
 * ({@code {"TypeName": ..., "ResourceDescriptions": [{"Identifier", "Properties"}]}}) or {@code get-resource}
 * ({@code "ResourceDescription"}). {@code Properties} is the group's CloudFormation model as a JSON string:
 * the describe-target-groups fields plus {@code TargetGroupAttributes} ({@code [{Key, Value}]}) and {@code Tags}.
 * A group whose model has no {@code TargetGroupAttributes} keeps its algorithm and stickiness unknown.
 */
public final class CloudControlTargetGroupsReader implements ApiOutputReader {
    static final String TYPE_NAME = "AWS::ElasticLoadBalancingV2::TargetGroup";
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public boolean accepts(JsonNode root) {
        return root.isObject() && TYPE_NAME.equals(root.path("TypeName").asText(null))
                && (root.has("ResourceDescriptions") || root.has("ResourceDescription"));
    }

    @Override
    public String command() {
        return "aws cloudcontrol list-resources --type-name " + TYPE_NAME;
    }

    @Override
    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        String list = root.has("ResourceDescriptions") ? "ResourceDescriptions" : "ResourceDescription";
        List<JsonNode> descriptions;
        if (root.has("ResourceDescriptions")) {
            descriptions = elements(file, root, list);
        } else {
            JsonNode one = object(file, root, "the output", list);
            if (one == null) {
                throw new InputException(file, "\"ResourceDescription\" is null: the resource was not returned");
            }
            descriptions = List.of(one);
        }
        Set<List<String>> scopes = new LinkedHashSet<>();
        for (int i = 0; i < descriptions.size(); i++) {
            JsonNode d = descriptions.get(i);
            String where = root.has("ResourceDescriptions") ? list + "[" + i + "]" : list;
            JsonNode props = properties(file, d, where);
            String at = where + ".Properties";
            Map<String, String> attributes = keyValues(file, props, at, "TargetGroupAttributes");
            boolean recorded = props.has("TargetGroupAttributes") && !props.get("TargetGroupAttributes").isNull();
            String algorithm = recorded ? attributes.get("load_balancing.algorithm.type") : null;
            String sticky = recorded ? attributes.get("stickiness.enabled") : null;
            Tri stickiness = sticky == null ? Tri.UNKNOWN : Tri.of(Boolean.parseBoolean(sticky.trim()));
            TargetGroup tg = TargetGroupsReader.targetGroup(file, props, at,
                    keyValues(file, props, at, "Tags"), algorithm, stickiness);
            out.resource(tg, null);
            scopes.add(List.of(tg.account(), tg.region()));
        }
        for (List<String> s : scopes) {
            out.coverage(Coverage.collected(s.get(0), s.get(1), TargetGroupsReader.TYPE, "api:" + file.getFileName()));
        }
    }

    /** The CloudFormation model: a JSON string as the API returns it (an object is accepted too). */
    private JsonNode properties(Path file, JsonNode d, String where) throws InputException {
        JsonNode p = d.get("Properties");
        if (p == null || p.isNull()) {
            throw new InputException(file, where + " has no Properties");
        }
        if (p.isObject()) {
            return p;
        }
        if (!p.isTextual()) {
            throw new InputException(file, where + ".Properties is " + p.getNodeType() + ", expected a JSON string");
        }
        try {
            JsonNode parsed = mapper.readTree(p.textValue());
            if (parsed == null || !parsed.isObject()) {
                throw new InputException(file, where + ".Properties is not a JSON object: \"" + shorten(p.textValue()) + "\"");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw new InputException(file, where + ".Properties is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A {@code [{Key, Value}]} list as a map; absent is empty. */
    private static Map<String, String> keyValues(Path file, JsonNode node, String where, String field)
            throws InputException {
        Map<String, String> out = new LinkedHashMap<>();
        List<JsonNode> entries = array(file, node, where, field);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String at = where + "." + field + "[" + i + "]";
            String key = text(file, e, at, "Key");
            if (key == null) {
                throw new InputException(file, at + " has no Key");
            }
            String value = text(file, e, at, "Value");
            out.put(key, value == null ? "" : value);
        }
        return out;
    }
}
