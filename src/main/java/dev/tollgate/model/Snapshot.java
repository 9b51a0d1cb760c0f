package dev.tollgate.model;

import java.time.Instant;
import java.util.List;

/**
 * Everything one scan knows: the facts, what was and was not collected, and when.
 *
 * @param capturedAt the capture time (latest item capture time of the inputs); rules judge ages against it
 * @param sources    the inputs it was built from (file names or live source descriptions)
 */
public record Snapshot(Instant capturedAt, String producer, List<String> sources, List<Resource> resources,
                       List<Coverage> coverage) {
    public Snapshot {
        sources = Copy.list(sources);
        resources = Copy.list(resources);
        coverage = Copy.list(coverage);
    }
}
