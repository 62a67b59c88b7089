package dev.eventcontracts.engine;

import java.nio.file.Path;

/** The CODEOWNERS file of the catalog in {@code catalogDir}. */
public record CodeownersRequest(Path catalogDir) {}
