package dev.eventcontracts.engine;

import dev.eventcontracts.model.Encoding;
import java.nio.file.Path;

/**
 * Add the event {@code name} to {@code domain} of the catalog in {@code catalogDir}; {@code owner}
 * null means the domain's owner, {@code producer} null means none yet.
 */
public record NewEventRequest(
    Path catalogDir,
    String domain,
    String name,
    String owner,
    String producer,
    Encoding encoding) {}
