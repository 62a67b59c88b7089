package dev.eventcontracts.model;

/** A business domain: a folder under {@code domains/} with a {@code domain.yaml}. */
public record Domain(String id, String name, String summary, String owner, Positions positions) {}
