package dev.eventcontracts.testing;

/** The proto of {@link TestCatalog}, written in edition 2023 with features on file, field, enum. */
public final class EditionsProtos {

  private EditionsProtos() {}

  public static final String EDITION_2023 =
      """
      edition = "2023";

      package acme.messaging.v1;

      import "google/protobuf/timestamp.proto";

      option features.field_presence = IMPLICIT;

      // A chat message was sent.
      message MessageSent {
        // The tenant the conversation belongs to.
        string tenant_id = 1;
        // When the message was sent.
        google.protobuf.Timestamp occurred_at = 2;
        // The conversation.
        string conversation_id = 3 [features.field_presence = EXPLICIT];
        // The text of the message.
        string body = 4 [features.utf8_validation = NONE];
        // How the message was sent.
        Channel channel = 5;
      }

      // How a message was sent.
      enum Channel {
        option features.enum_type = CLOSED;
        // Not known.
        CHANNEL_UNSPECIFIED = 0;
        // From the web client.
        CHANNEL_WEB = 1;
      }
      """;
}
