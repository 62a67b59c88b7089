package dev.eventcontracts.engine;

import java.nio.file.Path;

/** Add the service {@code name}, owned by the team {@code owner}, to the catalog in {@code dir}. */
public record NewServiceRequest(Path catalogDir, String name, String owner) {}
