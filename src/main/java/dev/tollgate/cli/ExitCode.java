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
    /** A bug in tollgate itself. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {
    }
}
