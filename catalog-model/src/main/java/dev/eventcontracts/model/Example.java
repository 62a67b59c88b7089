package dev.eventcontracts.model;

/** An example payload in proto3 JSON, {@code file} relative to the event file's folder. */
public record Example(String file, SourceLocation location) {}
