package dev.tollgate.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tollgate.model.Coverage;
import dev.tollgate.model.Resource;
import dev.tollgate.model.Snapshot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The project's own snapshot file: versioned and self-describing (facts, coverage, capture time,
 * producer). {@code collect} writes it; {@code evaluate} reads it.
 * <pre>{"tollgateSnapshot": 1, "capturedAt": "...", "producer": "...", "sources": [...],
 *  "coverage": [...], "resources": [{"kind": "SecurityGroup", ...}, ...]}</pre>
 */
public final class SnapshotFile {
    public static final String MARKER = "tollgateSnapshot";
    public static final int VERSION = 1;

    private final FactCodec codec = new FactCodec();

    public static boolean accepts(JsonNode root) {
        return root.isObject() && root.has(MARKER);
    }

    public byte[] write(Snapshot s) throws IOException {
        ObjectNode root = codec.mapper().createObjectNode();
        root.put(MARKER, VERSION);
        root.put("capturedAt", s.capturedAt() == null ? null : s.capturedAt().toString());
        root.put("producer", s.producer());
        ArrayNode src = root.putArray("sources");
        s.sources().forEach(src::add);
        root.set("coverage", codec.mapper().valueToTree(s.coverage()));
        ArrayNode res = root.putArray("resources");
        s.resources().forEach(r -> res.add(codec.encode(r)));
        return codec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    public void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException {
        int version = root.path(MARKER).asInt(-1);
        if (version != VERSION) {
            throw new InputException(file, "unsupported tollgate snapshot version " + root.path(MARKER)
                    + " (this build reads version " + VERSION + ")");
        }
        Instant at = Json.parseInstant(root.path("capturedAt").asText(null));
        out.captured(at);
        if (root.hasNonNull("producer")) {
            out.producer(root.get("producer").asText());
        }
        int i = 0;
        try {
            for (JsonNode c : root.path("coverage")) {
                out.coverage(codec.mapper().treeToValue(c, Coverage.class));
                i++;
            }
        } catch (IOException e) {
            throw new InputException(file, "coverage[" + i + "]: " + e.getMessage().split("\n")[0]);
        }
        i = 0;
        for (JsonNode r : root.path("resources")) {
            try {
                Resource fact = codec.decode(r);
                out.resource(fact, at);
            } catch (IllegalArgumentException e) {
                throw new InputException(file, "resources[" + i + "]: " + e.getMessage().split("\n")[0]);
            }
            i++;
        }
    }
}
