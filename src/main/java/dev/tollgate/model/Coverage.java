package dev.tollgate.model;

/**
 * What was (or was not) collected for one resource type in one account and region.
 * A type with no COLLECTED coverage in a scope is "not assessed" there, never compliant.
 */
public record Coverage(String account, String region, String resourceType, State state, String source, String detail) {
    public enum State { COLLECTED, NOT_COLLECTED, FAILED }

    public static Coverage collected(String account, String region, String resourceType, String source) {
        return new Coverage(account, region, resourceType, State.COLLECTED, source, null);
    }
}
