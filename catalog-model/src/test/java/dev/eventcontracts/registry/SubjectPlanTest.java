package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.load.CatalogLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which subjects a catalog puts in a registry, with which references, in which order. */
class SubjectPlanTest {

  @TempDir Path dir;

  SubjectPlan plan(RegistryFixture catalog) {
    return SubjectPlan.of(CatalogLoader.load(CatalogEngine.openDirectory(catalog.dir)).catalog());
  }

  @Test
  void topicStrategyGivesOneValueSubjectPerTopicAndOneSubjectPerImportedFile() {
    SubjectPlan plan = plan(new RegistryFixture(dir));

    PlannedSubject sent = plan.subject("messaging.message-sent.v1-value").orElseThrow();
    assertEquals("acme/messaging/v1/message_sent.proto", sent.file());
    assertEquals(
        List.of(
            "acme/common/v1/actor.proto",
            "acme/common/v1/envelope.proto",
            "acme/messaging/v1/content.proto"),
        sent.imports(),
        "google/protobuf/timestamp.proto is not a reference");
    assertEquals(List.of("MessageSent"), sent.events());
    PlannedSubject envelope = plan.subject("acme/common/v1/envelope.proto").orElseThrow();
    assertTrue(envelope.isReference());
    assertTrue(envelope.level() < sent.level(), "imports are written first");
    assertTrue(plan.subjects().stream().noneMatch(s -> s.subject().startsWith("google/")));
  }

  @Test
  void schemaIsTheFileAsWrittenByteOrderMarkIncluded() throws IOException {
    RegistryFixture catalog = new RegistryFixture(dir);
    Path proto = catalog.dir.resolve("schemas/acme/messaging/v1/message_sent.proto");
    String written = "\uFEFF" + Files.readString(proto);
    Files.writeString(proto, written);

    assertEquals(written, plan(catalog).subject("messaging.message-sent.v1-value").get().schema());
  }

  @Test
  void anEditionsFileIsPlannedAsWrittenWithItsImportsAsReferences() {
    RegistryFixture catalog = new RegistryFixture(dir);
    String proto = "schemas/acme/messaging/v1/message_sent.proto";
    catalog.edit(
        proto,
        "syntax = \"proto3\";",
        "edition = \"2023\";\noption features.field_presence = IMPLICIT;");

    PlannedSubject sent = plan(catalog).subject("messaging.message-sent.v1-value").orElseThrow();
    assertEquals(catalog.read(proto), sent.schema());
    assertEquals(
        List.of(
            "acme/common/v1/actor.proto",
            "acme/common/v1/envelope.proto",
            "acme/messaging/v1/content.proto"),
        sent.imports());
  }

  @Test
  void recordStrategyNamesSubjectsAfterTheMessage() {
    RegistryFixture catalog = new RegistryFixture(dir);
    catalog.edit("catalog.yaml", "subjectNameStrategy: topic", "subjectNameStrategy: record");

    assertTrue(plan(catalog).subject("acme.messaging.v1.MessageSent").isPresent());
  }

  @Test
  void topicRecordStrategyNamesSubjectsAfterTopicAndMessage() {
    RegistryFixture catalog = new RegistryFixture(dir);
    catalog.edit("catalog.yaml", "subjectNameStrategy: topic", "subjectNameStrategy: topic-record");

    assertTrue(
        plan(catalog)
            .subject("messaging.message-sent.v1-acme.messaging.v1.MessageSent")
            .isPresent());
  }

  @Test
  void anImportIsAsStrictAsTheStrictestEventThatUsesIt() {
    SubjectPlan plan = plan(new RegistryFixture(dir));

    assertEquals(
        dev.eventcontracts.model.CompatibilityMode.FULL_TRANSITIVE,
        plan.subject("acme/common/v1/envelope.proto").orElseThrow().compatibility());
  }
}
