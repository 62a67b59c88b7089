package dev.eventcontracts.engine;

/** List every rule the tool ships with its metadata; it reads no catalog. */
public record RulesRequest() {}
