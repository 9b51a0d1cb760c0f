package dev.tollgate.collect;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.tollgate.model.FactTypes;
import dev.tollgate.model.Resource;

/**
 * Facts as JSON objects: the record's fields plus {@code "kind"}, the fact type's simple name.
 * Used by the project's own snapshot file and by rule fixtures.
 */
public final class FactCodec {
    private final ObjectMapper mapper;

    public FactCodec() {
        mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public ObjectNode encode(Resource r) {
        ObjectNode out = mapper.createObjectNode();
        out.put("kind", r.getClass().getSimpleName());
        out.setAll((ObjectNode) mapper.valueToTree(r));
        return out;
    }

    /**
     * @throws IllegalArgumentException with a one-line reason when the kind is unknown or a field is wrong
     */
    public Resource decode(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("a fact must be a JSON object with a \"kind\"");
        }
        String kind = node.path("kind").asText(null);
        Class<? extends Resource> type = kind == null ? null : FactTypes.BY_KIND.get(kind);
        if (type == null) {
            throw new IllegalArgumentException("unknown fact kind " + (kind == null ? "(missing)" : "\"" + kind + "\"")
                    + "; known kinds: " + new java.util.TreeSet<>(FactTypes.BY_KIND.keySet()));
        }
        ObjectNode fields = ((ObjectNode) node).deepCopy();
        fields.remove("kind");
        try {
            return mapper.treeToValue(fields, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(kind + ": " + e.getOriginalMessage());
        }
    }
}
