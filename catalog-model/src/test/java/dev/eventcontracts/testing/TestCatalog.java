package dev.eventcontracts.testing;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.LintRequest;
import dev.eventcontracts.engine.LintResult;
import dev.eventcontracts.rule.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small lint-clean catalog written to a folder, to be changed by a test and linted: one domain,
 * two teams, two services, one multi-tenant confidential event with an example.
 */
public final class TestCatalog {

  public static final String CATALOG_YAML =
      """
      catalog: test-events
      protoRoot: schemas
      teams:
        messaging: { github: "@acme/messaging", contact: "messaging@acme.example" }
        architecture: { github: "@acme/architecture" }
      defaults:
        encoding: protobuf
        compatibility: BACKWARD_TRANSITIVE
        subjectNameStrategy: topic
      naming:
        topic: "{domain}.{event}.v{version}"
      standardAttributes:
        tenant_id:   { type: string, aliases: [tenantId, tenant, customer_id] }
        occurred_at: { type: google.protobuf.Timestamp, aliases: [timestamp, event_time, created_at] }
      headers:
        - { name: event-type, required: true }
        - { name: tenant-id, requiredWhen: "tenancy == multi" }
        - { name: content-encoding, required: true, values: [protobuf, json, base64-protobuf] }
        - { name: encryption-key-id, requiredWhen: "classification == confidential" }
      environments:
        dev:  { registry: { url: "${DEV_SCHEMA_REGISTRY_URL}" } }
        prod: { registry: { url: "${PROD_SCHEMA_REGISTRY_URL}" }, promoteFrom: dev }
      reviewers: { architects: architecture }
      """;

  public static final String DOMAIN_YAML =
      """
      name: Messaging
      summary: Chat messages between people.
      owner: messaging
      """;

  public static final String EVENT_YAML =
      """
      name: MessageSent
      version: 1
      summary: A chat message was sent in a conversation.
      owner: messaging
      status: active
      schema: { message: acme.messaging.v1.MessageSent }
      topics:
        - { name: messaging.message-sent.v1, key: conversation_id }
      producers: [chat-service]
      consumers: [archiver]
      classification: confidential
      tenancy: multi
      headers: [ { name: conversation-type, values: [direct, room] } ]
      examples: [ { file: examples/message-sent.json } ]
      """;

  public static final String PROTO =
      """
      syntax = "proto3";

      package acme.messaging.v1;

      import "google/protobuf/timestamp.proto";

      // A chat message was sent.
      message MessageSent {
        // The tenant the conversation belongs to.
        string tenant_id = 1;
        // When the message was sent.
        google.protobuf.Timestamp occurred_at = 2;
        // The conversation.
        string conversation_id = 3;
        // The text of the message.
        string body = 4;
        // How the message was sent.
        Channel channel = 5;
      }

      // How a message was sent.
      enum Channel {
        // Not known.
        CHANNEL_UNSPECIFIED = 0;
        // From the web client.
        CHANNEL_WEB = 1;
      }
      """;

  public static final String EXAMPLE =
      """
      {
        "tenantId": "t-1",
        "occurredAt": "2026-01-02T03:04:05Z",
        "conversationId": "c-1",
        "body": "hello",
        "channel": "CHANNEL_WEB"
      }
      """;

  public static final String DOMAIN_FILE = "domains/messaging/domain.yaml";
  public static final String EVENT_FILE = "domains/messaging/events/message-sent.yaml";
  public static final String PROTO_FILE = "schemas/acme/messaging/v1/message_sent.proto";
  public static final String EXAMPLE_FILE = "domains/messaging/events/examples/message-sent.json";

  private final Path root;

  private TestCatalog(Path root) {
    this.root = root;
  }

  /** Writes the clean catalog into {@code dir}. */
  public static TestCatalog in(Path dir) {
    return new TestCatalog(dir)
        .write("catalog.yaml", CATALOG_YAML)
        .write(DOMAIN_FILE, DOMAIN_YAML)
        .write(EVENT_FILE, EVENT_YAML)
        .write(EXAMPLE_FILE, EXAMPLE)
        .write(PROTO_FILE, PROTO)
        .write(
            "services/chat-service.yaml",
            "name: chat-service\nowner: messaging\nsummary: Sends chat messages.\n")
        .write("services/archiver.yaml", "name: archiver\nowner: messaging\nsummary: Archives.\n");
  }

  public Path root() {
    return root;
  }

  public TestCatalog write(String path, String content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces text in a file; fails when the text is not there, so fixtures cannot drift. */
  public TestCatalog replace(String path, String from, String to) {
    try {
      Path file = root.resolve(path);
      String content = Files.readString(file);
      if (!content.contains(from)) {
        throw new AssertionError(path + " does not contain: " + from);
      }
      Files.writeString(file, content.replace(from, to));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TestCatalog delete(String path) {
    try {
      Files.delete(root.resolve(path));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public LintResult lint() {
    return new CatalogEngine().lint(new LintRequest(root));
  }

  /** Findings of one rule as {@code path:line:col: message}, sorted. */
  public List<String> findings(String rule) {
    return lint().report().findings().stream()
        .filter(f -> f.rule().equals(rule))
        .map(TestCatalog::describe)
        .toList();
  }

  /** Every finding as {@code path:line:col: RULE message}. */
  public List<String> allFindings() {
    return lint().report().findings().stream()
        .map(f -> f.location() + ": " + f.rule() + " " + f.message())
        .toList();
  }

  public static String describe(Finding finding) {
    return finding.location() + ": " + finding.message();
  }
}
