package dev.eventcontracts.model;

/** A deployable that produces or consumes events, from {@code services/<service>.yaml}. */
public record Service(
    String name, String owner, String repository, String summary, Positions positions) {}
