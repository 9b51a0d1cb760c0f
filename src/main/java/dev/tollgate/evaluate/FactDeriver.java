package dev.tollgate.evaluate;

import dev.tollgate.model.ScanClock;
import dev.tollgate.model.Snapshot;

import java.util.List;

/**
 * Computes facts that need more than a rule join: e.g. effective IAM permissions and privilege-escalation
 * paths. Derived facts are inserted beside the snapshot's facts before the rules fire. Stateless.
 */
public interface FactDeriver {
    /** Facts derived from {@code snapshot} (already limited to the profile's scope). */
    List<Object> derive(Snapshot snapshot, ScanClock clock);
}
