package dev.tollgate.model;

/** A container secret injected from Secrets Manager or SSM ({@code valueFrom} is the ARN/name). */
public record SecretRef(String name, String valueFrom) {
}
