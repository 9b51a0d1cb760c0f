package dev.tollgate.evaluate;

/** A rule file that does not compile or whose catalogue metadata is invalid: one line, file:line first. */
public final class RuleLoadException extends Exception {
    public RuleLoadException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem.replaceAll("\\s+", " ").trim());
    }
}
