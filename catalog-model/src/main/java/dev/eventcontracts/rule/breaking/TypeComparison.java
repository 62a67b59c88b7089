package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.model.Features;

/**
 * Whether a field's new type reads the old type's data, in the binary wire format or in binary and
 * proto3 JSON together, and in which direction a change breaks.
 */
public final class TypeComparison {

  /** A type change that breaks new readers of old data and/or old readers of new data. */
  public record Break(boolean backward, boolean forward, String detail) {}

  private TypeComparison() {}

  /** The break a field's type change makes, or null when the types read each other's data. */
  /**
   * Reports every field of {@code pair} held to the given encoding ({@code json} or binary) whose
   * type changed in a way that breaks the direction its events' mode promises.
   */
  public static void reportTypeChanges(
      CatalogPair pair, boolean json, dev.eventcontracts.rule.Findings out) {
    for (FieldPair field : pair.fields()) {
      if (field.use().json() != json) {
        continue;
      }
      Break change = compare(field, json, pair.schemaThen(), pair.schemaNow());
      if (change == null
          && !json
          && FieldKind.of(field.before().getType(), pair.schemaThen()) == FieldKind.MESSAGE) {
        change = encoding(pair.then(field), pair.now(field), field);
        if (change != null && field.use().breaks(change.backward(), change.forward())) {
          out.report(pair.now(field.after().getLocation()), field.use().event(), change.detail());
        }
        continue;
      }
      if (change != null && field.use().breaks(change.backward(), change.forward())) {
        out.report(
            pair.now(field.after().getLocation()),
            field.use().event(),
            field.describe()
                + " changed type from \""
                + field.before().getType()
                + "\" to \""
                + field.after().getType()
                + "\"."
                + change.detail());
      }
    }
  }

  /**
   * A message field that keeps its type but moves between length-prefixed and delimited (group)
   * encoding: the wire types differ (2 against 3 and 4), so neither side reads the other's data.
   * The detail is the whole message.
   */
  private static Break encoding(Features then, Features now, FieldPair field) {
    if (then.messageEncoding() == now.messageEncoding()) {
      return null;
    }
    return new Break(
        true,
        true,
        field.describe()
            + " changed message encoding from \""
            + encodingName(then.messageEncoding())
            + "\" to \""
            + encodingName(now.messageEncoding())
            + "\"; the wire types differ, so neither side reads the other's data.");
  }

  private static String encodingName(Features.MessageEncoding encoding) {
    return encoding == Features.MessageEncoding.DELIMITED ? "delimited (group)" : "length-prefixed";
  }

  public static Break compare(FieldPair field, boolean json, Schema then, Schema now) {
    ProtoType before = field.before().getType();
    ProtoType after = field.after().getType();
    if (before.isMap() != after.isMap()) {
      // map<K, V> f is repeated FEntry f on the wire, FEntry { K key = 1; V value = 2; }.
      Boolean entry =
          before.isMap()
              ? sameEntry(before, field.after(), field.message().after(), json, then, now)
              : sameEntry(after, field.before(), field.message().before(), json, now, then);
      if (entry != null) {
        return entry ? null : new Break(true, true, "");
      }
    }
    return compare(before, after, json, then, now);
  }

  /**
   * Whether {@code entryField} is the repeated entry message protoc generates for a map field of
   * that name: null when it is not even shaped like one.
   */
  private static Boolean sameEntry(
      ProtoType map,
      Field entryField,
      com.squareup.wire.schema.MessageType owner,
      boolean json,
      Schema mapSchema,
      Schema entrySchema) {
    if (!entryField.isRepeated()
        || !(entrySchema.getType(entryField.getType())
            instanceof com.squareup.wire.schema.MessageType entry)) {
      return null;
    }
    String expected = owner.getType() + "." + camel(entryField.getName()) + "Entry";
    Field key = entry.field(1);
    Field value = entry.field(2);
    if (!entry.getType().toString().equals(expected)
        || key == null
        || value == null
        || entry.getFieldsAndOneOfFields().size() != 2) {
      return null;
    }
    return compare(map.getKeyType(), key.getType(), json, mapSchema, entrySchema) == null
        && compare(map.getValueType(), value.getType(), json, mapSchema, entrySchema) == null;
  }

  private static String camel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static Break compare(
      ProtoType before, ProtoType after, boolean json, Schema then, Schema now) {
    FieldKind was = FieldKind.of(before, then);
    FieldKind is = FieldKind.of(after, now);
    if (was == FieldKind.MAP && is == FieldKind.MAP) {
      Break key = compare(before.getKeyType(), after.getKeyType(), json, then, now);
      return key != null
          ? key
          : compare(before.getValueType(), after.getValueType(), json, then, now);
    }
    if (!was.sameGroup(is, json)) {
      if (!json && was == FieldKind.STRING && is == FieldKind.BYTES) {
        // Old data is valid UTF-8 and reads as bytes; new bytes may not be valid UTF-8 to old
        // readers.
        return new Break(
            false, true, " Bytes written now need not be valid UTF-8 for old readers.");
      }
      if (!json && was == FieldKind.BYTES && is == FieldKind.STRING) {
        return new Break(true, false, " Bytes written before need not be valid UTF-8.");
      }
      return new Break(true, true, "");
    }
    if (was == FieldKind.MESSAGE && !before.toString().equals(after.toString())) {
      return new Break(true, true, "");
    }
    if (was == FieldKind.ENUM && !before.toString().equals(after.toString())) {
      return sameEnum(then.getType(before), now.getType(after)) ? null : new Break(true, true, "");
    }
    return null;
  }

  /** Another enum of the same short name that keeps every value is taken as the same enum. */
  private static boolean sameEnum(Type then, Type now) {
    if (!(then instanceof EnumType was) || !(now instanceof EnumType is)) {
      return false;
    }
    if (!was.getName().equals(is.getName())) {
      return false;
    }
    for (EnumConstant constant : was.getConstants()) {
      EnumConstant counterpart = is.constant(constant.getTag());
      if (counterpart == null || !counterpart.getName().equals(constant.getName())) {
        return false;
      }
    }
    return true;
  }

  /** How buf prints a field's type: the scalar name, or the fully qualified type. */
  public static String display(Field field) {
    ProtoType type = field.getType();
    return type.isScalar() ? type.toString() : type.toString();
  }
}
