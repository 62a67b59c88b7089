package dev.eventcontracts.engine;

import java.nio.file.Path;

/**
 * Record today's lint findings of the catalog in {@code catalogDir} in {@code output}; null means
 * the file {@code lint.baseline} names, or {@code lint-baseline.yaml} beside catalog.yaml.
 */
public record BaselineRequest(Path catalogDir, Path output) {}
