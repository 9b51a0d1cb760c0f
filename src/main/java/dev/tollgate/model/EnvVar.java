package dev.tollgate.model;

/** A plaintext environment variable (the value is hostile text and may be a secret: never echo it). */
public record EnvVar(String name, String value) {
}
