package dev.tollgate.model;

/**
 * A fact that two inputs may describe in part (e.g. a target group from {@code describe-target-groups}, which lacks
 * its attributes, and from Cloud Control, which has them). When a snapshot receives the same fact twice it keeps
 * the newer one {@linkplain #completedWith completed with} what only the other one knows, instead of dropping it.
 */
public interface Completable<T extends Resource> {
    /** This fact, with the values it does not know taken from {@code other} (same account, type and ARN). */
    T completedWith(T other);
}
