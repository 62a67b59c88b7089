package dev.eventcontracts.model;

/**
 * An example payload in proto3 JSON, {@code file} relative to the event file's folder, with what
 * the loader found there; {@code payload} is null only when {@code file} is (not written).
 */
public record Example(String file, SourceLocation location, ExamplePayload payload) {}
