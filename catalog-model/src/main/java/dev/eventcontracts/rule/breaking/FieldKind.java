package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import java.util.Map;

/**
 * What a field's type is on the wire, and which kinds can read each other's data. The groups follow
 * the protobuf language guide ("Updating a message type") and its JSON mapping.
 */
public enum FieldKind {
  INT32,
  INT64,
  UINT32,
  UINT64,
  SINT32,
  SINT64,
  FIXED32,
  FIXED64,
  SFIXED32,
  SFIXED64,
  BOOL,
  FLOAT,
  DOUBLE,
  STRING,
  BYTES,
  ENUM,
  MESSAGE,
  MAP;

  /** Kinds in one group read each other's binary encoding (varints, zigzag, fixed widths). */
  private static final Map<FieldKind, Integer> WIRE_GROUP =
      Map.ofEntries(
          Map.entry(INT32, 1),
          Map.entry(INT64, 1),
          Map.entry(UINT32, 1),
          Map.entry(UINT64, 1),
          Map.entry(BOOL, 1),
          Map.entry(SINT32, 2),
          Map.entry(SINT64, 2),
          Map.entry(STRING, 3),
          Map.entry(BYTES, 4),
          Map.entry(FIXED32, 5),
          Map.entry(SFIXED32, 5),
          Map.entry(FIXED64, 6),
          Map.entry(SFIXED64, 6),
          Map.entry(DOUBLE, 7),
          Map.entry(FLOAT, 8),
          Map.entry(MESSAGE, 9),
          Map.entry(ENUM, 10),
          Map.entry(MAP, 11));

  /**
   * Kinds in one group read each other in binary and in proto3 JSON: 64-bit integers are JSON
   * strings and 32-bit ones numbers, bool is true/false, bytes are base64.
   */
  private static final Map<FieldKind, Integer> JSON_GROUP =
      Map.ofEntries(
          Map.entry(INT32, 1),
          Map.entry(UINT32, 1),
          Map.entry(INT64, 2),
          Map.entry(UINT64, 2),
          Map.entry(FIXED32, 3),
          Map.entry(SFIXED32, 3),
          Map.entry(FIXED64, 4),
          Map.entry(SFIXED64, 4),
          Map.entry(BOOL, 5),
          Map.entry(SINT32, 6),
          Map.entry(SINT64, 7),
          Map.entry(STRING, 8),
          Map.entry(BYTES, 9),
          Map.entry(DOUBLE, 10),
          Map.entry(FLOAT, 11),
          Map.entry(MESSAGE, 12),
          Map.entry(ENUM, 13),
          Map.entry(MAP, 14));

  public static FieldKind of(ProtoType type, Schema schema) {
    if (type.isMap()) {
      return MAP;
    }
    if (type.isScalar()) {
      return valueOf(type.toString().toUpperCase(java.util.Locale.ROOT));
    }
    Type declared = schema.getType(type);
    return declared instanceof EnumType ? ENUM : MESSAGE;
  }

  /** Whether data written as {@code this} reads as {@code other} (and back) in that encoding. */
  public boolean sameGroup(FieldKind other, boolean json) {
    Map<FieldKind, Integer> groups = json ? JSON_GROUP : WIRE_GROUP;
    return groups.get(this).equals(groups.get(other));
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
