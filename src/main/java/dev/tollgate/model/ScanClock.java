package dev.tollgate.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The instant the scan judges against: the snapshot's capture time, or {@code --as-of}.
 * Never the wall clock, so re-evaluating an old snapshot gives the same answer.
 */
public record ScanClock(Instant asOf) {
    /** Whole days from {@code t} to the scan instant; a large number when t is null (never). */
    public long daysSince(Instant t) {
        return t == null ? Long.MAX_VALUE : Duration.between(t, asOf).toDays();
    }

    /** Whole days from the scan instant to {@code t} (negative when in the past). */
    public long daysUntil(Instant t) {
        return t == null ? Long.MAX_VALUE : Duration.between(asOf, t).toDays();
    }
}
