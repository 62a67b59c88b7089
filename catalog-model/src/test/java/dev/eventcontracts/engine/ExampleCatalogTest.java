package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.builtin.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example catalog lints clean, and a copy with planted mistakes shows every group firing. */
class ExampleCatalogTest {

  static final Path EXAMPLE = Path.of("..", "example-catalog");

  @TempDir Path copy;

  @Test
  void exampleCatalogLintsClean() {
    LintResult result = new CatalogEngine().lint(new LintRequest(EXAMPLE));
    assertEquals(List.of(), result.report().findings());
    assertTrue(result.catalog().events().size() >= 12);
    assertTrue(result.catalog().domains().size() >= 5);
    assertTrue(result.catalog().services().size() >= 6);
    assertTrue(result.catalog().settings().teams().size() >= 4);
  }

  @Test
  void plantedMistakesFireInEveryGroup() throws IOException {
    copyExample();
    String event = "domains/messaging/events/message-sent.yaml";
    edit(event, "owner: messaging", "owner: mesaging"); // reference
    edit(event, "consumers: [compliance-vault, bi-ingest]", "consumers: [compliance-vault, bi]");
    edit(event, "key: room_id", "key: room"); // reference into the schema
    edit(event, "messaging.message-sent.v1", "chat.messages"); // naming
    edit(event, "producers: [chat-service]", "producer: [chat-service]"); // structure
    edit(
        event,
        "headers:\n",
        "headers:\n  - { name: content-encoding, values: [avro] }\n"); // header contract
    edit(
        "domains/messaging/events/examples/message-sent.json", "\"roomId\"", "\"room\""); // example
    String proto = "schemas/acme/messaging/v1/message_sent.proto";
    edit(proto, "string thread_root_message_id = 8;", "string threadRootMessageId = 8;"); // naming
    edit(proto, "string tenant_id = 2;", "int64 tenant_id = 2;"); // standard attribute type
    edit(proto, "  // Identifier of the new message.\n", ""); // documentation
    Files.createDirectories(copy.resolve("schemas/acme/legacy"));
    Files.writeString(
        copy.resolve("schemas/acme/legacy/LegacyNote.proto"),
        "syntax = \"proto3\";\npackage acme.legacy;\nmessage LegacyNote { string text = 1; }\n");

    LintResult result = new CatalogEngine().lint(new LintRequest(copy));
    Set<String> fired =
        result.report().findings().stream().map(Finding::rule).collect(Collectors.toSet());
    assertEquals(
        new TreeSet<>(
            List.of(
                "COMMENT_FIELD",
                "EVENT_ACTIVE_PRODUCER",
                "FIELD_LOWER_SNAKE_CASE",
                "FIELD_STANDARD_TYPE",
                "EVENT_HEADER_CONTRACT",
                "EVENT_SERVICE_DEFINED",
                "EXAMPLE_VALID",
                "TEAM_DEFINED",
                "TOPIC_KEY_DEFINED",
                "MESSAGE_NO_UNUSED",
                "COMMENT_MESSAGE",
                "FILE_LOWER_SNAKE_CASE",
                "PACKAGE_VERSION_SUFFIX",
                "TOPIC_NAME_PATTERN",
                "YAML_NO_UNKNOWN_KEY")),
        new TreeSet<>(fired));
    Map<String, String> categories = categories();
    Set<String> groups = fired.stream().map(categories::get).collect(Collectors.toSet());
    assertTrue(
        groups.containsAll(
            List.of("STRUCTURE", "REFERENCES", "NAMING", "STYLE", "COMMENTS", "GOVERNANCE")),
        groups.toString());
    assertTrue(result.failed());
  }

  private static Map<String, String> categories() {
    Map<String, String> byId = new TreeMap<>();
    BuiltInRules.all().forEach(m -> byId.put(m.id(), m.category().name()));
    return byId;
  }

  private void copyExample() throws IOException {
    try (Stream<Path> files = Files.walk(EXAMPLE)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = copy.resolve(EXAMPLE.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private void edit(String path, String from, String to) throws IOException {
    Path file = copy.resolve(path);
    String content = Files.readString(file);
    assertTrue(content.contains(from), path + " lacks " + from);
    Files.writeString(file, content.replace(from, to));
  }
}
