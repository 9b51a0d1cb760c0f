package dev.tollgate.evaluate;

/** A profile that cannot be found, parsed or validated: one line, file:line first. */
public final class ProfileException extends Exception {
    public ProfileException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem.replaceAll("\\s+", " ").trim());
    }
}
