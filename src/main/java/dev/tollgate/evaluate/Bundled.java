package dev.tollgate.evaluate;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the files bundled from the top-level {@code rules/} folder, whether on disk or inside the jar. */
final class Bundled {
    static final String ROOT = "tollgate/rules";

    private Bundled() {
    }

    /** Relative path (from {@code rules/}) to text, for every file under {@code sub} ending in {@code suffix}. */
    static Map<String, String> read(String sub, String suffix) throws IOException {
        String root = sub.isEmpty() ? ROOT : ROOT + "/" + sub;
        URL url = Bundled.class.getClassLoader().getResource(root);
        if (url == null) {
            throw new IOException("bundled files not found on the classpath (" + root + ")");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                String s = url.toString();
                URI jar = new URI(s.substring("jar:".length(), s.indexOf("!/")));
                try (FileSystem fs = FileSystems.newFileSystem(Path.of(jar), Map.of())) {
                    return walk(fs.getPath(ROOT), fs.getPath(root), suffix);
                }
            }
            Path dir = Path.of(url.toURI());
            Path base = dir;
            for (int i = 0; i < (sub.isEmpty() ? 0 : sub.split("/").length); i++) {
                base = base.getParent();
            }
            return walk(base, dir, suffix);
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate bundled files: " + e.getMessage(), e);
        }
    }

    static Map<String, String> walk(Path base, Path dir, String suffix) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                out.put(base.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
