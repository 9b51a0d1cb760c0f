package dev.tollgate.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One DRL file: its display name (what errors and the catalogue cite) and text.
 */
public record RuleSource(String name, String text) {
    /** The bundled DRL files ({@code rules/*.drl}), in name order, cited as {@code rules/<file>}. */
    public static List<RuleSource> bundled() throws IOException {
        List<RuleSource> out = new ArrayList<>();
        Bundled.read("", ".drl").forEach((rel, text) -> out.add(new RuleSource("rules/" + rel, text)));
        return out;
    }

    /** Every {@code .drl} below {@code dir} (a user's rule folder), cited by its path. */
    public static List<RuleSource> fromDirectory(Path dir) throws IOException {
        List<RuleSource> out = new ArrayList<>();
        Bundled.walk(dir, dir, ".drl").forEach((rel, text) -> out.add(new RuleSource(dir.resolve(rel).toString(), text)));
        return out;
    }

    /** 1-based line of the first occurrence of {@code fragment}, or -1. */
    public int lineOf(String fragment) {
        int at = fragment == null || fragment.isBlank() ? -1 : text.indexOf(fragment);
        return at < 0 ? -1 : lineAt(at);
    }

    /** 1-based line of character offset {@code at}. */
    public int lineAt(int at) {
        int line = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
