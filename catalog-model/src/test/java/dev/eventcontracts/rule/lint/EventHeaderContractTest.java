package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventHeaderContractTest {

  @TempDir Path dir;

  @Test
  void silentWhenOwnHeadersAddToTheContract() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("EVENT_HEADER_CONTRACT"));
  }

  @Test
  void firesOnValuesTheContractDoesNotAllow() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.EVENT_FILE,
                "headers: [",
                "headers: [ { name: content-encoding, values: [avro] },");
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ":13:12: Header \"content-encoding\" allows \"avro\", which the catalog's"
                + " contract does not allow (allowed: \"protobuf\", \"json\", \"base64-protobuf\")."),
        catalog.findings("EVENT_HEADER_CONTRACT"));
  }

  @Test
  void firesOnEncodingHeaderThatExcludesTheEventsEncoding() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.EVENT_FILE,
                "headers: [",
                "headers: [ { name: content-encoding, values: [json] },");
    assertEquals(
        List.of(
            "domains/messaging/events/message-sent.yaml:13:12: Header \"content-encoding\" allows only \"json\" but event \"MessageSent\" is encoded as protobuf; allow \"protobuf\", \"base64-protobuf\"."),
        catalog.findings("EVENT_HEADER_CONTRACT"));
    assertTrue(catalog.findings("EVENT_HEADER_CONTRACT").get(0).contains("is encoded as protobuf"));
  }

  @Test
  void firesOnAHeaderSpelledWithOtherCase() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(TestCatalog.EVENT_FILE, "headers: [", "headers: [ { name: Event-Type },");
    assertEquals(
        List.of(
            "domains/messaging/events/message-sent.yaml:13:12: Header \"Event-Type\" differs only in case from the contract header \"event-type\"; Kafka header names are case-sensitive, use \"event-type\"."),
        catalog.findings("EVENT_HEADER_CONTRACT"));
    assertTrue(catalog.findings("EVENT_HEADER_CONTRACT").get(0).contains("use \"event-type\""));
  }
}
