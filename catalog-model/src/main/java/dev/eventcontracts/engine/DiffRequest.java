package dev.eventcontracts.engine;

import java.nio.file.Path;

/**
 * The contract diff of the catalog in {@code catalogDir} against {@code against}, the reference: a
 * directory holding the old catalog.
 */
public record DiffRequest(Path catalogDir, String against) {}
