package dev.eventcontracts.breaking;

import com.squareup.wire.schema.EnumType;

/** An enum as REF had it and as it is now ({@code after} null when deleted), and its use. */
public record EnumPair(EnumType before, EnumType after, MessageUse use) {

  public String name() {
    return before.getType().getSimpleName();
  }
}
