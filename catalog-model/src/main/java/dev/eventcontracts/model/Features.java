package dev.eventcontracts.model;

import java.util.Locale;

/**
 * The protobuf features of one element, resolved: the same view for proto2, proto3 and editions
 * files. A proto2 or proto3 file maps onto the features its syntax implies (the "legacy" and
 * "proto3" defaults of {@code descriptor.proto}); an editions file starts from its edition's
 * defaults, and each {@code features.*} option overrides them for the element and everything it
 * encloses. Fields read all six; messages read {@code jsonFormat}; enums {@code enumType} and
 * {@code jsonFormat}.
 *
 * <p>{@code fieldPresence} is effective presence: a message-typed field, or one in a oneof, always
 * has explicit presence, as protoc decides. A feature that does not apply to a field's type (packed
 * encoding on a string, UTF-8 validation on an int) holds the inherited value and means nothing.
 */
public record Features(
    FieldPresence fieldPresence,
    EnumType enumType,
    RepeatedFieldEncoding repeatedFieldEncoding,
    Utf8Validation utf8Validation,
    MessageEncoding messageEncoding,
    JsonFormat jsonFormat) {

  /** Whether a singular field tells "unset" from its default value, or must be set. */
  public enum FieldPresence {
    EXPLICIT,
    IMPLICIT,
    LEGACY_REQUIRED
  }

  /** Whether an enum keeps numbers it does not know (open) or treats them as unknown (closed). */
  public enum EnumType {
    OPEN,
    CLOSED
  }

  /** How a repeated scalar is written: one length-delimited run, or one record per element. */
  public enum RepeatedFieldEncoding {
    PACKED,
    EXPANDED
  }

  /** Whether parsers reject string fields that are not valid UTF-8. */
  public enum Utf8Validation {
    VERIFY,
    NONE
  }

  /** How a message-typed field is written: length-prefixed, or delimited by group tags. */
  public enum MessageEncoding {
    LENGTH_PREFIXED,
    DELIMITED
  }

  /** Whether a message or enum is held to the proto3 JSON mapping or only best effort. */
  public enum JsonFormat {
    ALLOW,
    LEGACY_BEST_EFFORT
  }

  /** proto2's features: explicit presence, closed enums, expanded, no UTF-8 check, best effort. */
  public static final Features PROTO2 =
      new Features(
          FieldPresence.EXPLICIT,
          EnumType.CLOSED,
          RepeatedFieldEncoding.EXPANDED,
          Utf8Validation.NONE,
          MessageEncoding.LENGTH_PREFIXED,
          JsonFormat.LEGACY_BEST_EFFORT);

  /** proto3's features: implicit presence, open enums, packed, verified UTF-8, JSON. */
  public static final Features PROTO3 =
      new Features(
          FieldPresence.IMPLICIT,
          EnumType.OPEN,
          RepeatedFieldEncoding.PACKED,
          Utf8Validation.VERIFY,
          MessageEncoding.LENGTH_PREFIXED,
          JsonFormat.ALLOW);

  /** The defaults of editions 2023 and 2024: proto3's, but with explicit presence. */
  public static final Features EDITION_2023 = PROTO3.withFieldPresence(FieldPresence.EXPLICIT);

  public Features withFieldPresence(FieldPresence value) {
    return new Features(
        value, enumType, repeatedFieldEncoding, utf8Validation, messageEncoding, jsonFormat);
  }

  public Features withEnumType(EnumType value) {
    return new Features(
        fieldPresence, value, repeatedFieldEncoding, utf8Validation, messageEncoding, jsonFormat);
  }

  public Features withRepeatedFieldEncoding(RepeatedFieldEncoding value) {
    return new Features(
        fieldPresence, enumType, value, utf8Validation, messageEncoding, jsonFormat);
  }

  public Features withUtf8Validation(Utf8Validation value) {
    return new Features(
        fieldPresence, enumType, repeatedFieldEncoding, value, messageEncoding, jsonFormat);
  }

  public Features withMessageEncoding(MessageEncoding value) {
    return new Features(
        fieldPresence, enumType, repeatedFieldEncoding, utf8Validation, value, jsonFormat);
  }

  public Features withJsonFormat(JsonFormat value) {
    return new Features(
        fieldPresence, enumType, repeatedFieldEncoding, utf8Validation, messageEncoding, value);
  }

  /** A feature value as written in a .proto file and in messages: {@code LENGTH_PREFIXED}. */
  public static String id(Enum<?> value) {
    return value.name().toUpperCase(Locale.ROOT);
  }
}
