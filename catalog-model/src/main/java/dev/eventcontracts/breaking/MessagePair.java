package dev.eventcontracts.breaking;

import com.squareup.wire.schema.MessageType;

/** A message as REF had it and as it is now ({@code after} null when deleted), and its use. */
public record MessagePair(MessageType before, MessageType after, MessageUse use) {

  public String name() {
    return before.getType().getSimpleName();
  }

  public String qualifiedName() {
    return before.getType().toString();
  }
}
