package dev.tollgate.collect.config.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tollgate.collect.config.ConfigItem;
import dev.tollgate.collect.config.ConfigItems;
import dev.tollgate.collect.config.ItemException;
import dev.tollgate.collect.config.ItemNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads Config items from test resources and runs them through a normalizer. */
final class Fixtures {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    static ConfigItem item(String resource, int index) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            JsonNode array = MAPPER.readTree(in);
            if (!array.isArray() || index >= array.size()) {
                throw new IllegalStateException(resource + " has no item " + index);
            }
            return ConfigItems.parse(array.get(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Item {@code index} of {@code src/test/resources/normalizers/data/<file>}. */
    @SuppressWarnings("unchecked")
    static <T> T data(ItemNormalizer n, String file, int index) throws ItemException {
        return (T) n.normalize(item("/normalizers/data/" + file, index));
    }

    /** Item {@code index} of the shared {@code src/test/resources/config-items/<file>}. */
    @SuppressWarnings("unchecked")
    static <T> T shared(ItemNormalizer n, String file, int index) throws ItemException {
        return (T) n.normalize(item("/config-items/" + file, index));
    }
}
