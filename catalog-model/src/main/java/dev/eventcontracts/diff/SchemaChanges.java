package dev.eventcontracts.diff;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Type;
import dev.eventcontracts.model.ProtoSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The field and enum value differences between an event's old and new message, walking nested and
 * referenced messages and enums, so a change deep in a shared type shows at its path in the event
 * ({@code envelope.tenant_id}).
 *
 * <p>Fields are matched by number, as the wire does, then by name, so a renumbered field reads as
 * one field whose number changed rather than one removed and one added. Enum values are matched the
 * same way. A field whose type now names another message is reported as a type change and not
 * walked further; the two messages are unrelated as far as the field is concerned.
 */
final class SchemaChanges {

  /** Well-known types come with the tool and cannot differ between two catalogs. */
  private static final String WELL_KNOWN_PACKAGE = "google.protobuf.";

  private final ProtoSchema before;
  private final ProtoSchema after;
  private final boolean json;
  private final List<Change> changes = new ArrayList<>();

  private SchemaChanges(ProtoSchema before, ProtoSchema after, boolean json) {
    this.before = before;
    this.after = after;
    this.json = json;
  }

  /**
   * The changes from {@code beforeMessage} to {@code afterMessage}; none when either cannot be
   * found. {@code json} reports {@code json_name} changes that matter only to the JSON mapping.
   */
  static List<Change> between(
      ProtoSchema before,
      String beforeMessage,
      ProtoSchema after,
      String afterMessage,
      boolean json) {
    if (before == null || after == null || beforeMessage == null || afterMessage == null) {
      return List.of();
    }
    MessageType old = before.message(beforeMessage);
    MessageType now = after.message(afterMessage);
    if (old == null || now == null) {
      return List.of();
    }
    SchemaChanges walk = new SchemaChanges(before, after, json);
    walk.message("", old, now, new HashSet<>());
    return walk.changes;
  }

  private void message(String prefix, MessageType old, MessageType now, Set<String> onPath) {
    String pair = old.getType() + ">" + now.getType();
    if (!onPath.add(pair)) {
      return; // a recursive type: its changes were reported one level up
    }
    List<Field> oldFields = old.getFieldsAndOneOfFields();
    List<Field> newFields = now.getFieldsAndOneOfFields();
    Map<Field, Field> pairs = match(oldFields, newFields, Field::getTag, Field::getName);
    Set<Field> matched = identitySet(pairs.values());
    for (Field field : oldFields) {
      Field next = pairs.get(field);
      if (next == null) {
        changes.add(
            Change.removed(Aspect.FIELD, prefix + field.getName(), declare(field, old, before)));
      } else {
        field(prefix + next.getName(), field, old, next, now, onPath);
      }
    }
    for (Field field : newFields) {
      if (!matched.contains(field)) {
        changes.add(
            Change.added(Aspect.FIELD, prefix + field.getName(), declare(field, now, after)));
      }
    }
    onPath.remove(pair);
  }

  private void field(
      String path,
      Field old,
      MessageType oldOwner,
      Field now,
      MessageType newOwner,
      Set<String> on) {
    compare(Aspect.FIELD_NAME, path, old.getName(), now.getName());
    compare(Aspect.FIELD_NUMBER, path, String.valueOf(old.getTag()), String.valueOf(now.getTag()));
    ProtoType oldType = resolve(old.getType(), oldOwner, before);
    ProtoType newType = resolve(now.getType(), newOwner, after);
    compare(Aspect.FIELD_TYPE, path, oldType.toString(), newType.toString());
    compare(Aspect.FIELD_LABEL, path, label(old, oldOwner), label(now, newOwner));
    if (json || old.getDeclaredJsonName() != null || now.getDeclaredJsonName() != null) {
      compare(Aspect.FIELD_JSON_NAME, path, old.getJsonName(), now.getJsonName());
    }
    compare(Aspect.FIELD_DEFAULT, path, old.getDefault(), now.getDefault());
    ProtoType oldValue = oldType.isMap() ? oldType.getValueType() : oldType;
    ProtoType newValue = newType.isMap() ? newType.getValueType() : newType;
    if (!oldValue.toString().equals(newValue.toString())
        || oldValue.isScalar()
        || oldValue.toString().startsWith(WELL_KNOWN_PACKAGE)) {
      return;
    }
    Type oldDeclared = before.schema().getType(oldValue);
    Type newDeclared = after.schema().getType(newValue);
    if (oldDeclared instanceof MessageType oldMessage
        && newDeclared instanceof MessageType newMessage) {
      message(path + ".", oldMessage, newMessage, on);
    } else if (oldDeclared instanceof EnumType oldEnum && newDeclared instanceof EnumType newEnum) {
      enumValues(path, oldEnum, newEnum);
    }
  }

  private void enumValues(String path, EnumType old, EnumType now) {
    List<EnumConstant> oldValues = old.getConstants();
    List<EnumConstant> newValues = now.getConstants();
    Map<EnumConstant, EnumConstant> pairs =
        match(oldValues, newValues, EnumConstant::getTag, EnumConstant::getName);
    Set<EnumConstant> matched = identitySet(pairs.values());
    for (EnumConstant value : oldValues) {
      EnumConstant next = pairs.get(value);
      if (next == null) {
        changes.add(Change.removed(Aspect.ENUM_VALUE, path, declare(value)));
      } else {
        if (!value.getName().equals(next.getName())) {
          changes.add(Change.changed(Aspect.ENUM_VALUE_NAME, path, declare(value), declare(next)));
        }
        if (value.getTag() != next.getTag()) {
          changes.add(
              Change.changed(Aspect.ENUM_VALUE_NUMBER, path, declare(value), declare(next)));
        }
      }
    }
    for (EnumConstant value : newValues) {
      if (!matched.contains(value)) {
        changes.add(Change.added(Aspect.ENUM_VALUE, path, declare(value)));
      }
    }
  }

  /**
   * Pairs old members with new ones: first by number, then the rest by name. Identity, not
   * equality, since Wire's elements compare by value and two members can look alike.
   */
  private static <T> Map<T, T> match(
      List<T> old, List<T> now, Function<T, Integer> number, Function<T, String> name) {
    Map<Integer, T> newByNumber = new HashMap<>();
    Map<String, T> newByName = new HashMap<>();
    for (T member : now) {
      newByNumber.putIfAbsent(number.apply(member), member);
      newByName.putIfAbsent(name.apply(member), member);
    }
    Map<T, T> pairs = new IdentityHashMap<>();
    Set<T> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    List<T> unmatched = new ArrayList<>();
    for (T member : old) {
      T next = newByNumber.get(number.apply(member));
      if (next != null && taken.add(next)) {
        pairs.put(member, next);
      } else {
        unmatched.add(member);
      }
    }
    for (T member : unmatched) {
      T next = newByName.get(name.apply(member));
      if (next != null && taken.add(next)) {
        pairs.put(member, next);
      }
    }
    return pairs;
  }

  private static <T> Set<T> identitySet(java.util.Collection<T> members) {
    Set<T> set = Collections.newSetFromMap(new IdentityHashMap<>());
    set.addAll(members);
    return set;
  }

  private void compare(Aspect aspect, String path, String old, String now) {
    if (Objects.equals(old, now)) {
      return;
    }
    if (old == null) {
      changes.add(Change.added(aspect, path, now));
    } else if (now == null) {
      changes.add(Change.removed(aspect, path, old));
    } else {
      changes.add(Change.changed(aspect, path, old, now));
    }
  }

  /**
   * The fully qualified type of a field. Wire's linker qualifies plain field types but leaves a
   * map's value type as written, so that one is resolved here the way protoc resolves names: from
   * the innermost enclosing scope outwards.
   */
  static ProtoType resolve(ProtoType type, MessageType owner, ProtoSchema protos) {
    return dev.eventcontracts.model.MessageGraph.resolve(protos.schema(), type, owner);
  }

  /**
   * {@code repeated}, {@code optional}, {@code required}, {@code oneof NAME} or {@code singular}.
   */
  private static String label(Field field, MessageType owner) {
    if (field.getType().isMap()) {
      return "map";
    }
    for (OneOf oneOf : owner.getOneOfs()) {
      if (oneOf.getFields().contains(field)) {
        return "oneof " + oneOf.getName();
      }
    }
    if (field.getLabel() == null) {
      return "singular";
    }
    return switch (field.getLabel()) {
      case REPEATED -> "repeated";
      case OPTIONAL -> "optional";
      case REQUIRED -> "required";
      case ONE_OF -> "oneof";
    };
  }

  /** A field as written in a .proto file: {@code repeated string tags = 5}. */
  private String declare(Field field, MessageType owner, ProtoSchema protos) {
    String label = label(field, owner);
    StringBuilder text = new StringBuilder();
    if (!label.equals("singular") && !label.equals("map") && !label.startsWith("oneof ")) {
      text.append(label).append(' ');
    }
    text.append(resolve(field.getType(), owner, protos)).append(' ').append(field.getName());
    text.append(" = ").append(field.getTag());
    if (field.getDeclaredJsonName() != null) {
      text.append(" [json_name = \"").append(field.getDeclaredJsonName()).append("\"]");
    }
    if (label.startsWith("oneof ")) {
      text.append(" (in ").append(label).append(')');
    }
    return text.toString();
  }

  private static String declare(EnumConstant value) {
    return value.getName() + " = " + value.getTag();
  }
}
