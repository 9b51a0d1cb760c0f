package dev.tollgate.collect.config;

/** A configuration item that cannot be turned into a fact (e.g. its configuration is missing). */
public final class ItemException extends Exception {
    public ItemException(String message) {
        super(message);
    }
}
