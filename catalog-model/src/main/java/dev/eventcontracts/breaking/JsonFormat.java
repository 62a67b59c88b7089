package dev.eventcontracts.breaking;

import com.squareup.wire.Syntax;
import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.MessageType;

/**
 * Whether a message or enum promises a JSON mapping, as the {@code json_format} feature says:
 * {@code ALLOW} (the JSON names of its fields or values are checked not to collide) or {@code
 * LEGACY_BEST_EFFORT} (JSON is whatever the names give). proto3 types are {@code ALLOW}, proto2
 * types {@code LEGACY_BEST_EFFORT}; this is the one place that decides it, so rules read the same
 * verdict for every syntax.
 */
public enum JsonFormat {
  ALLOW,
  LEGACY_BEST_EFFORT;

  public static JsonFormat of(MessageType message) {
    return of(message.getSyntax());
  }

  public static JsonFormat of(EnumType enumType) {
    return of(enumType.getSyntax());
  }

  private static JsonFormat of(Syntax syntax) {
    return syntax == Syntax.PROTO_3 ? ALLOW : LEGACY_BEST_EFFORT;
  }
}
