package dev.tollgate.model;

/** A policy embedded in a user, group or role. */
public record InlinePolicy(String name, PolicyDocument document) {
}
