package dev.eventcontracts.model;

/** A Kafka topic an event is published on; {@code key} is a field path in the message, or null. */
public record Topic(String name, String key, SourceLocation location, SourceLocation keyLocation) {}
