package dev.tollgate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sample environment bundled under {@code tollgate/samples/NAME/}: every file of that folder (in the jar or in
 * the build's classes folder), so a new input file in a sample is scanned by the demo without a list to update.
 */
final class BundledSample {
    private final String folder;

    BundledSample(String name) {
        this.folder = "tollgate/samples/" + name + "/";
    }

    String folder() {
        return folder;
    }

    /** The sample's file names, sorted; notes ({@code .md}, {@code .txt}) left out. */
    List<String> files() throws IOException {
        URL url = BundledSample.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("sample folder missing from the build: " + folder);
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return names(jar.getPath(folder));
                }
            }
            return names(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + url, e);
        }
    }

    /** Copies the sample's files into {@code dir}; returns the copies in {@link #files()} order. */
    List<Path> copyTo(Path dir) throws IOException {
        List<Path> copies = new java.util.ArrayList<>();
        for (String f : files()) {
            try (InputStream in = BundledSample.class.getClassLoader().getResourceAsStream(folder + f)) {
                if (in == null) {
                    throw new IllegalStateException("sample file missing from the build: " + folder + f);
                }
                Path copy = dir.resolve(f);
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                copies.add(copy);
            }
        }
        return copies;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString().replace("/", ""))
                    .filter(n -> !n.endsWith(".md") && !n.endsWith(".txt") && !n.startsWith("."))
                    .sorted()
                    .toList();
        }
    }
}
