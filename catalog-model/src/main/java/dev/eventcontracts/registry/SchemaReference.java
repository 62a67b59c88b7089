package dev.eventcontracts.registry;

/**
 * An import as the registry knows it: the name used in the {@code import} statement, the subject
 * holding the imported file, and the version of that subject.
 */
public record SchemaReference(String name, String subject, int version) {}
