package dev.eventcontracts.model;

import com.squareup.wire.schema.EnclosingType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/** Walks message types through their fields: what an event's payload can contain. */
public final class MessageGraph {

  private MessageGraph() {}

  /**
   * Every message and enum type reachable from {@code root} through field types (map values
   * included), {@code root} first; well-known types are included like any other.
   */
  public static Set<String> reachable(Schema schema, String root) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(root);
    while (!queue.isEmpty()) {
      String name = queue.removeFirst();
      if (!seen.add(name)) {
        continue;
      }
      Type type = schema.getType(name);
      if (type instanceof MessageType message) {
        for (Field field : message.getFieldsAndOneOfFields()) {
          ProtoType fieldType = field.getType();
          if (fieldType == null) {
            continue;
          }
          if (fieldType.isMap()) {
            fieldType = resolve(schema, fieldType, message).getValueType();
          }
          if (fieldType != null && !fieldType.isScalar()) {
            queue.add(fieldType.toString());
          }
        }
      } else if (type instanceof EnclosingType) {
        // enclosing types carry no fields
      }
    }
    return seen;
  }

  /**
   * A field type with a map's value type fully qualified. Wire links a map's key and value but
   * keeps the value's name as written ({@code map<string, Attachment>}); it is resolved here as
   * protoc resolves names, from the innermost scope of {@code owner} outwards.
   */
  public static ProtoType resolve(Schema schema, ProtoType type, MessageType owner) {
    if (!type.isMap() || type.getValueType().isScalar()) {
      return type;
    }
    String name = type.getValueType().toString();
    if (schema.getType(name) == null) {
      String scope = owner.getType().toString();
      while (!scope.isEmpty()) {
        String candidate = scope + "." + name;
        if (schema.getType(candidate) != null) {
          name = candidate;
          break;
        }
        int dot = scope.lastIndexOf('.');
        scope = dot < 0 ? "" : scope.substring(0, dot);
      }
    }
    return ProtoType.get("map<" + type.getKeyType() + ", " + name + ">");
  }

  /**
   * The field at a dotted path such as {@code envelope.tenant_id} starting from {@code message}, or
   * null when a segment does not resolve to a field (or walks through a non-message).
   */
  public static Field field(Schema schema, MessageType message, String path) {
    MessageType current = message;
    Field found = null;
    for (String segment : path.split("\\.", -1)) {
      if (current == null) {
        return null;
      }
      found = current.field(segment);
      if (found == null) {
        return null;
      }
      ProtoType type = found.getType();
      Type next = type == null || type.isScalar() || type.isMap() ? null : schema.getType(type);
      current = next instanceof MessageType m ? m : null;
    }
    return found;
  }
}
