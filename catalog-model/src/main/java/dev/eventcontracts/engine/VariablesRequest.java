package dev.eventcontracts.engine;

import java.nio.file.Path;

/** Which environment variables {@code deploy} and {@code verify} need for one environment. */
public record VariablesRequest(Path catalogDir, String environment) {}
