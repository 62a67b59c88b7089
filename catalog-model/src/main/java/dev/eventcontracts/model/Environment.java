package dev.eventcontracts.model;

/**
 * A deployment stage with its Schema Registry. Values may hold {@code ${VAR}} references; they are
 * expanded only when the environment is used.
 */
public record Environment(
    String name, RegistrySettings registry, String promoteFrom, SourceLocation location) {}
