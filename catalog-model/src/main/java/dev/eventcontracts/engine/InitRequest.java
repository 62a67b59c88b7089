package dev.eventcontracts.engine;

import java.nio.file.Path;

/**
 * Write a new catalog into {@code dir}: named {@code name} (null: the folder's name), owned by the
 * team {@code team} (null: {@code platform}), with one domain {@code domain} (null: {@code core}).
 */
public record InitRequest(Path dir, String name, String team, String domain) {}
