package dev.tollgate.evaluate;

/** A framework mapping file that cannot be read or validated: one line, file:line first. */
public final class FrameworkException extends Exception {
    public FrameworkException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem.replaceAll("\\s+", " ").trim());
    }
}
