package dev.tollgate.collect.config.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ConfigItems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Loads configuration-item fixtures (JSON arrays of raw items) from the test classpath. */
final class Fixtures {
    static final String ACCOUNT = "111122223333";
    static final String REGION = "us-east-1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    /** Every item of {@code resource}, parsed as the pipeline parses it; null when the resource does not exist. */
    static List<ConfigItem> items(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            JsonNode root = MAPPER.readTree(in);
            List<ConfigItem> out = new ArrayList<>();
            root.forEach(n -> out.add(ConfigItems.parse(n)));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item with {@code resourceId} from this package's own fixture for {@code type} (e.g. "SecurityGroup"). */
    static ConfigItem own(String type, String resourceId) {
        List<ConfigItem> items = items("/normalizers/network/AWS__EC2__" + type + ".json");
        if (items == null) {
            throw new AssertionError("missing fixture for " + type);
        }
        return items.stream().filter(i -> resourceId.equals(i.resourceId())).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + resourceId + " in fixture " + type));
    }

    static String arn(String kind, String id) {
        return "arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":" + kind + "/" + id;
    }
}
