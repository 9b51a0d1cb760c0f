package dev.tollgate.cli;

/** The exit codes, as documented in the README and --help. Anything else is a bug. */
public final class ExitCode {
    /** The gate passed: no finding at or above --fail-on, and everything was assessed. */
    public static final int PASS = 0;
    /** The gate failed: at least one finding at or above --fail-on. */
    public static final int GATE_FAILED = 1;
    /** Usage or input error: bad option, unreadable or unrecognised input, broken rule file, bad profile. */
    public static final int INPUT_ERROR = 2;
    /** The scan is incomplete (something could not be assessed) and the gate otherwise passed. */
    public static final int INCOMPLETE = 3;
    /**
     * {@code gate} verb only: the deployment calendar does not allow the change now (inside a freeze period, or
     * outside every documented window), no emergency override was given, and no finding is at or above --fail-on
     * (exit 1 takes precedence: no override clears it). Takes precedence over {@link #INCOMPLETE}.
     */
    public static final int DEPLOY_BLOCKED = 4;
    /** A bug in tollgate itself. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
