package dev.eventcontracts.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small catalog written file by file into a temporary directory. */
final class FixtureCatalog {

  private final Path root;

  FixtureCatalog(Path root) {
    this.root = root;
  }

  /** A catalog that loads and lints clean: settings, one team, one proto. */
  static FixtureCatalog clean(Path root) {
    return new FixtureCatalog(root)
        .file(
            "catalog.yaml",
            """
            catalog: fixture
            teams:
              chat: { github: "@acme/chat" }
            """)
        .file(
            "schemas/acme/chat/v1/ping.proto",
            """
            syntax = "proto3";
            package acme.chat.v1;
            // A ping.
            message Ping {
              // Who pinged.
              string sender_id = 1;
            }
            """);
  }

  FixtureCatalog file(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String dir() {
    return root.toString();
  }
}
