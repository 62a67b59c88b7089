package dev.eventcontracts.model;

/** A team that owns events and services; {@code github} is its handle for CODEOWNERS and review. */
public record Team(String name, String github, String contact, SourceLocation location) {}
