package dev.eventcontracts.scaffold;

/** One file scaffolding writes: its path relative to the catalog root, and its text. */
public record GeneratedFile(String path, String text) {}
