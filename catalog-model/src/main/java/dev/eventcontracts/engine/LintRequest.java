package dev.eventcontracts.engine;

import java.nio.file.Path;

/** Lint the catalog in {@code catalogDir}. */
public record LintRequest(Path catalogDir) {}
