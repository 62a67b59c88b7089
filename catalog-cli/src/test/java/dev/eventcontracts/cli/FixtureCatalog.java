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

  /**
   * A catalog that lints clean with one event, Ping on topic {@code chat.ping.v1}, and a {@code
   * dev} environment whose registry is at {@code registryUrl}.
   */
  static FixtureCatalog withEvent(Path root, String registryUrl) {
    return clean(root)
        .file(
            "catalog.yaml",
            """
            catalog: fixture
            teams:
              chat: { github: "@acme/chat" }
            environments:
              dev: { registry: { url: "%s" } }
            """
                .formatted(registryUrl))
        .file("domains/chat/domain.yaml", "name: chat\nsummary: Chat.\nowner: chat\n")
        .file("services/pinger.yaml", "name: pinger\nowner: chat\nsummary: Pings.\n")
        .file(
            "domains/chat/events/ping.yaml",
            """
            name: Ping
            version: 1
            summary: A ping.
            owner: chat
            status: active
            schema: { message: acme.chat.v1.Ping }
            topics: [ { name: chat.ping.v1 } ]
            producers: [pinger]
            consumers: [pinger]
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

  FixtureCatalog delete(String path) {
    try {
      Files.delete(root.resolve(path));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String dir() {
    return root.toString();
  }
}
