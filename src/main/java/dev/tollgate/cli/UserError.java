package dev.tollgate.cli;

/** A mistake in the user's input: printed as one line, exit code 2, never a stack trace. */
final class UserError extends Exception {
    UserError(String message) {
        super(message);
    }
}
