package dev.tollgate.model;

import java.util.List;

/**
 * The search for a resource that meets one documented requirement among several candidates (alarms, scaling
 * policies): the first candidate without deviations settles it; otherwise the requirement is undecided when some
 * candidate could not be judged (a setting not recorded), else missing, with the first candidate's deviations as
 * the explanation.
 */
final class Match {
    private boolean met;
    private boolean undecided;
    private String firstDeviation;

    /** Judges one candidate; true once the requirement is met (stop looking). */
    boolean offer(String candidate, List<String> deviations, boolean unknown) {
        if (deviations.isEmpty() && !unknown) {
            met = true;
        } else if (deviations.isEmpty()) {
            undecided = true;
        } else if (firstDeviation == null) {
            firstDeviation = candidate + " " + String.join(", ", deviations);
        }
        return met;
    }

    /** A candidate that could not be judged at all. */
    void cannotJudge() {
        undecided = true;
    }

    boolean met() {
        return met;
    }

    /** Not met, and some candidate could not be judged. */
    boolean undecided() {
        return !met && undecided;
    }

    /** Why the requirement is not met: the first deviating candidate, else {@code none}. */
    String shortfall(String none) {
        return firstDeviation != null ? firstDeviation : none;
    }

    /** Adds {@code requirement} to {@code missing} or {@code unknown} unless it is met. */
    void report(String requirement, String none, List<String> missing, List<String> unknown) {
        if (met) {
            return;
        }
        if (undecided) {
            unknown.add(requirement);
        } else {
            missing.add(requirement + ": " + shortfall(none));
        }
    }
}
