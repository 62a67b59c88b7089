package dev.eventcontracts.diff;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Type;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.rule.Finding;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which events a breaking finding concerns. A finding names one event, but a break in a shared
 * message (an envelope every event carries) reaches the consumers of every event that carries it.
 * So a finding in a .proto file is attributed to every event whose message reaches, in either
 * catalog, the message or enum the finding points into: the one declared at the finding's line, or
 * holding a field or enum value there.
 */
final class BreakingAttribution {

  private final Catalog before;
  private final Catalog after;

  /** Fully qualified type → events reaching it, built on first use. */
  private Map<String, Set<String>> eventsByType;

  BreakingAttribution(Catalog before, Catalog after) {
    this.before = before;
    this.after = after;
  }

  /** The finding's own event, plus every event reaching the type it points into; sorted. */
  Set<String> events(Finding finding) {
    Set<String> events = new TreeSet<>();
    if (finding.event() != null) {
      events.add(finding.event());
    }
    SourceLocation location = finding.location();
    if (location == null || !location.path().endsWith(".proto")) {
      return events;
    }
    Set<String> types = new HashSet<>();
    typesAt(before.protos(), location, types);
    typesAt(after.protos(), location, types);
    if (types.isEmpty()) {
      return events;
    }
    if (eventsByType == null) {
      eventsByType = new HashMap<>();
      reach(before);
      reach(after);
    }
    for (String type : types) {
      events.addAll(eventsByType.getOrDefault(type, Set.of()));
    }
    return events;
  }

  private static void typesAt(ProtoSchema protos, SourceLocation location, Set<String> into) {
    if (protos == null) {
      return;
    }
    String prefix = protos.protoRoot().isEmpty() ? "" : protos.protoRoot() + "/";
    if (!location.path().startsWith(prefix)) {
      return;
    }
    ProtoFile file = protos.file(location.path().substring(prefix.length()));
    if (file == null) {
      return;
    }
    for (Type type : file.getTypes()) {
      typesAt(type, location.line(), into);
    }
  }

  private static void typesAt(Type type, int line, Set<String> into) {
    boolean here = type.getLocation().getLine() == line;
    if (type instanceof MessageType message) {
      for (Field field : message.getFieldsAndOneOfFields()) {
        here |= field.getLocation().getLine() == line;
      }
    } else if (type instanceof EnumType enumType) {
      for (EnumConstant constant : enumType.getConstants()) {
        here |= constant.getLocation().getLine() == line;
      }
    }
    if (here) {
      into.add(type.getType().toString());
    }
    for (Type nested : type.getNestedTypes()) {
      typesAt(nested, line, into);
    }
  }

  /** Records, for every event of {@code catalog}, the types its message reaches through fields. */
  private void reach(Catalog catalog) {
    ProtoSchema protos = catalog.protos();
    if (protos == null) {
      return;
    }
    for (Event event : catalog.events()) {
      if (event.name() == null || event.schemaMessage() == null) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      Deque<String> queue = new ArrayDeque<>();
      queue.add(event.schemaMessage());
      while (!queue.isEmpty()) {
        String name = queue.removeFirst();
        Type type = protos.schema().getType(name);
        if (type == null || !seen.add(name)) {
          continue;
        }
        eventsByType.computeIfAbsent(name, n -> new TreeSet<>()).add(event.name());
        if (type instanceof MessageType message) {
          for (Field field : message.getFieldsAndOneOfFields()) {
            ProtoType fieldType = SchemaChanges.resolve(field.getType(), message, protos);
            ProtoType value = fieldType.isMap() ? fieldType.getValueType() : fieldType;
            if (!value.isScalar()) {
              queue.add(value.toString());
            }
          }
        }
      }
    }
  }
}
