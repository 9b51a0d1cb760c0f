package dev.tollgate.collect.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tollgate.collect.InputException;
import dev.tollgate.collect.SnapshotBuilder;

import java.nio.file.Path;

/**
 * Reads the JSON output of one AWS API call as the AWS CLI writes it ({@code aws SERVICE COMMAND --output json}),
 * for resources AWS Config does not record. {@link dev.tollgate.collect.InputReader} tries each reader of
 * {@link ApiOutputReaders#all()} in order; the first whose {@link #accepts} is true reads the file.
 */
public interface ApiOutputReader {
    /** True when {@code root} is this command's output (decided by its top-level fields). */
    boolean accepts(JsonNode root);

    /** The command whose output this reads, for messages: e.g. {@code "aws elbv2 describe-target-groups"}. */
    String command();

    /** Adds the facts and their coverage to {@code out}; a malformed value is an {@link InputException}. */
    void read(Path file, JsonNode root, SnapshotBuilder out) throws InputException;
}
