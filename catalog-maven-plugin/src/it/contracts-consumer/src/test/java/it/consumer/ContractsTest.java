package it.consumer;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import acme.CatalogHeaders;
import acme.analytics.v1.RoomActivitySummarizedContract;
import acme.analytics.v1.RoomActivitySummarizedOuterClass.RoomActivitySummarized;
import acme.analytics.v1.WebhookUsageReportedContract;
import acme.analytics.v1.WebhookUsageReportedOuterClass.WebhookUsageReported;
import acme.compliance.v1.ConversationArchivedContract;
import acme.compliance.v1.ConversationArchivedOuterClass.ConversationArchived;
import acme.compliance.v1.LegalHoldPlacedContract;
import acme.compliance.v1.LegalHoldPlacedOuterClass.LegalHoldPlaced;
import acme.compliance.v1.LegalHoldReleasedContract;
import acme.compliance.v1.LegalHoldReleasedOuterClass.LegalHoldReleased;
import acme.directory.v1.EntitlementChangedContract;
import acme.directory.v1.EntitlementChangedOuterClass.EntitlementChanged;
import acme.directory.v1.UserProfileChangedContract;
import acme.directory.v1.UserProfileChangedOuterClass.UserProfileChanged;
import acme.messaging.v1.MessageDeletedContract;
import acme.messaging.v1.MessageDeletedOuterClass.MessageDeleted;
import acme.messaging.v1.MessageEditedContract;
import acme.messaging.v1.MessageEditedOuterClass.MessageEdited;
import acme.messaging.v1.MessageSentContract;
import acme.messaging.v1.MessageSentOuterClass.MessageSent;
import acme.messaging.v1.RoomCreatedContract;
import acme.messaging.v1.RoomCreatedOuterClass.RoomCreated;
import acme.messaging.v1.RoomMemberAddedContract;
import acme.messaging.v1.RoomMemberAddedOuterClass.RoomMemberAdded;
import acme.messaging.v1.RoomMemberRemovedContract;
import acme.messaging.v1.RoomMemberRemovedOuterClass.RoomMemberRemoved;
import acme.webhooks.v1.WebhookAcceptedContract;
import acme.webhooks.v1.WebhookAcceptedOuterClass.WebhookAccepted;
import acme.webhooks.v1.WebhookIngestedContract;
import acme.webhooks.v1.WebhookIngestedOuterClass.WebhookIngested;
import acme.webhooks.v1.WebhookReceivedContract;
import acme.webhooks.v1.WebhookReceivedOuterClass.WebhookReceived;
import acme.webhooks.v1.WebhookRejectedContract;
import acme.webhooks.v1.WebhookRejectedOuterClass.WebhookRejected;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** What a service gets from the contracts jar: the classes, the constants and the catalog. */
class ContractsTest {

  private static final Path CATALOG = Path.of(System.getProperty("catalog.directory"));

  /** Every event of the catalog, by the name its constants class gives, with its message class. */
  private static final Map<String, Supplier<Message.Builder>> EVENTS =
      Map.ofEntries(
          entry(RoomActivitySummarizedContract.EVENT, RoomActivitySummarized::newBuilder),
          entry(WebhookUsageReportedContract.EVENT, WebhookUsageReported::newBuilder),
          entry(ConversationArchivedContract.EVENT, ConversationArchived::newBuilder),
          entry(LegalHoldPlacedContract.EVENT, LegalHoldPlaced::newBuilder),
          entry(LegalHoldReleasedContract.EVENT, LegalHoldReleased::newBuilder),
          entry(EntitlementChangedContract.EVENT, EntitlementChanged::newBuilder),
          entry(UserProfileChangedContract.EVENT, UserProfileChanged::newBuilder),
          entry(MessageDeletedContract.EVENT, MessageDeleted::newBuilder),
          entry(MessageEditedContract.EVENT, MessageEdited::newBuilder),
          entry(MessageSentContract.EVENT, MessageSent::newBuilder),
          entry(RoomCreatedContract.EVENT, RoomCreated::newBuilder),
          entry(RoomMemberAddedContract.EVENT, RoomMemberAdded::newBuilder),
          entry(RoomMemberRemovedContract.EVENT, RoomMemberRemoved::newBuilder),
          entry(WebhookAcceptedContract.EVENT, WebhookAccepted::newBuilder),
          entry(WebhookIngestedContract.EVENT, WebhookIngested::newBuilder),
          entry(WebhookReceivedContract.EVENT, WebhookReceived::newBuilder),
          entry(WebhookRejectedContract.EVENT, WebhookRejected::newBuilder));

  private static JsonObject catalogJson() throws Exception {
    try (InputStream in = resource("META-INF/catalog/catalog.json")) {
      return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .getAsJsonObject();
    }
  }

  private static InputStream resource(String name) {
    return ContractsTest.class.getClassLoader().getResourceAsStream(name);
  }

  @Test
  void everyExampleOfEveryEventReadsIntoItsClassAndWritesBackToBinaryAndJson() throws Exception {
    Map<String, Integer> examples = new LinkedHashMap<>();
    for (JsonElement element : catalogJson().getAsJsonArray("events")) {
      JsonObject event = element.getAsJsonObject();
      String name = event.get("name").getAsString();
      Supplier<Message.Builder> builder = EVENTS.get(name);
      assertEquals(
          event.get("message").getAsString(),
          builder.get().getDescriptorForType().getFullName(),
          name);
      int read = 0;
      for (JsonElement file : event.getAsJsonArray("examples")) {
        String json = Files.readString(CATALOG.resolve(file.getAsString()));
        Message.Builder parsed = builder.get();
        JsonFormat.parser().merge(json, parsed);
        Message message = parsed.build();

        Message fromBinary =
            builder.get().mergeFrom(message.toByteArray()).build();
        assertEquals(message, fromBinary, file.getAsString());
        Message.Builder fromJson = builder.get();
        JsonFormat.parser().merge(JsonFormat.printer().print(message), fromJson);
        assertEquals(message, fromJson.build(), file.getAsString());
        read++;
      }
      examples.put(name, read);
    }
    assertEquals(new TreeSet<>(EVENTS.keySet()), new TreeSet<>(examples.keySet()));
    List<String> without = new ArrayList<>();
    examples.forEach((event, n) -> { if (n == 0) without.add(event); });
    assertEquals(List.of(), without, "events without an example");
  }

  @Test
  void aProducerTakesTopicAndHeadersFromTheConstants() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CatalogHeaders.EVENT_TYPE, MessageSentContract.EVENT_TYPE);
    headers.put(CatalogHeaders.TENANT_ID, "t-1");
    headers.put(CatalogHeaders.CONTENT_ENCODING, CatalogHeaders.ContentEncoding.PROTOBUF.value());
    headers.put(CatalogHeaders.ENCRYPTION_KEY_ID, "key-7");

    assertEquals("messaging.message-sent.v1", MessageSentContract.TOPIC);
    assertEquals("messaging.message-sent.v1-value", MessageSentContract.SUBJECTS.get("prod"));
    assertEquals(MessageSentContract.REQUIRED_HEADERS, List.copyOf(headers.keySet()));
    assertEquals("confidential", MessageSentContract.CLASSIFICATION);
    assertEquals(
        CatalogHeaders.ContentEncoding.BASE64_PROTOBUF,
        CatalogHeaders.ContentEncoding.of("base64-protobuf"));
    assertThrows(
        IllegalArgumentException.class, () -> CatalogHeaders.ContentEncoding.of("avro"));
  }

  @Test
  void theDescriptorSetHoldsEveryFileWithItsImports() throws Exception {
    try (InputStream in = resource("META-INF/catalog/descriptor-set.binpb")) {
      FileDescriptorSet set = FileDescriptorSet.parseFrom(in);
      List<String> names = set.getFileList().stream().map(f -> f.getName()).toList();
      assertEquals(true, names.contains("google/protobuf/timestamp.proto"), names.toString());
      assertEquals(true, names.contains("acme/messaging/v1/message_sent.proto"), names.toString());
      assertEquals(24, names.size(), names.toString());
    }
  }
}
