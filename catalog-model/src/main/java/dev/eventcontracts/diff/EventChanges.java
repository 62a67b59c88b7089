package dev.eventcontracts.diff;

import dev.eventcontracts.model.Deprecation;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.HeaderSpec;
import dev.eventcontracts.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The differences in an event's catalog entry: its attributes, topics and keys, producers,
 * consumers and own headers. Either side may be null, for an added or removed event; then every
 * value present on the other side reads as added or removed.
 */
final class EventChanges {

  private final List<Change> changes = new ArrayList<>();

  private EventChanges() {}

  static List<Change> between(Event before, Event after) {
    EventChanges diff = new EventChanges();
    diff.attributes(before, after);
    diff.topics(list(before, Event::topics), list(after, Event::topics));
    diff.members(Aspect.PRODUCER, list(before, Event::producers), list(after, Event::producers));
    diff.members(Aspect.CONSUMER, list(before, Event::consumers), list(after, Event::consumers));
    diff.headers(list(before, Event::headers), list(after, Event::headers));
    return diff.changes;
  }

  private void attributes(Event before, Event after) {
    value(Aspect.OWNER, before, after, Event::owner);
    value(Aspect.STATUS, before, after, e -> e.status() == null ? null : e.status().id());
    value(
        Aspect.DEPRECATION_REPLACED_BY,
        before,
        after,
        e -> deprecation(e, Deprecation::replacedBy));
    value(Aspect.DEPRECATION_SUNSET, before, after, e -> deprecation(e, Deprecation::sunset));
    value(Aspect.VERSION, before, after, Event::version);
    value(Aspect.SUMMARY, before, after, Event::summary);
    value(Aspect.SCHEMA_MESSAGE, before, after, Event::schemaMessage);
    value(Aspect.ENCODING, before, after, e -> e.encoding() == null ? null : e.encoding().id());
    value(Aspect.COMPATIBILITY, before, after, Event::compatibility);
    value(
        Aspect.CLASSIFICATION,
        before,
        after,
        e -> e.classification() == null ? null : e.classification().id());
    value(Aspect.TENANCY, before, after, e -> e.tenancy() == null ? null : e.tenancy().id());
  }

  private static Object deprecation(Event event, Function<Deprecation, Object> part) {
    return event.deprecation() == null ? null : part.apply(event.deprecation());
  }

  private void value(Aspect aspect, Event before, Event after, Function<Event, Object> read) {
    String old = before == null ? null : text(read.apply(before));
    String now = after == null ? null : text(read.apply(after));
    if (Objects.equals(old, now)) {
      return;
    }
    if (old == null) {
      changes.add(Change.added(aspect, "", now));
    } else if (now == null) {
      changes.add(Change.removed(aspect, "", old));
    } else {
      changes.add(Change.changed(aspect, "", old, now));
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private void topics(List<Topic> before, List<Topic> after) {
    Map<String, Topic> old = byName(before, Topic::name);
    Map<String, Topic> now = byName(after, Topic::name);
    old.forEach(
        (name, topic) -> {
          Topic next = now.get(name);
          if (next == null) {
            changes.add(Change.removed(Aspect.TOPIC, name, keyText(topic)));
          } else if (!Objects.equals(topic.key(), next.key())) {
            changes.add(Change.changed(Aspect.TOPIC_KEY, name, topic.key(), next.key()));
          }
        });
    now.forEach(
        (name, topic) -> {
          if (!old.containsKey(name)) {
            changes.add(Change.added(Aspect.TOPIC, name, keyText(topic)));
          }
        });
  }

  private static String keyText(Topic topic) {
    return topic.key() == null ? "no key" : "key " + topic.key();
  }

  private void members(Aspect aspect, List<String> before, List<String> after) {
    for (String name : before) {
      if (name != null && !after.contains(name)) {
        changes.add(Change.removed(aspect, name, null));
      }
    }
    for (String name : after) {
      if (name != null && !before.contains(name)) {
        changes.add(Change.added(aspect, name, null));
      }
    }
  }

  /**
   * Headers added, removed or changed between two header lists, such as the catalog's header
   * contract at REF and now.
   */
  static List<Change> headerChanges(List<HeaderSpec> before, List<HeaderSpec> after) {
    EventChanges diff = new EventChanges();
    diff.headers(before, after);
    return diff.changes;
  }

  private void headers(List<HeaderSpec> before, List<HeaderSpec> after) {
    Map<String, HeaderSpec> old = byName(before, HeaderSpec::name);
    Map<String, HeaderSpec> now = byName(after, HeaderSpec::name);
    old.forEach(
        (name, header) -> {
          HeaderSpec next = now.get(name);
          if (next == null) {
            changes.add(Change.removed(Aspect.HEADER, name, describe(header)));
          } else if (!describe(header).equals(describe(next))) {
            changes.add(Change.changed(Aspect.HEADER, name, describe(header), describe(next)));
          }
        });
    now.forEach(
        (name, header) -> {
          if (!old.containsKey(name)) {
            changes.add(Change.added(Aspect.HEADER, name, describe(header)));
          }
        });
  }

  /** What a header promises: {@code required; values: direct, room}. */
  static String describe(HeaderSpec header) {
    List<String> parts = new ArrayList<>();
    if (header.required()) {
      parts.add("required");
    } else if (header.requiredWhen() != null) {
      parts.add("required when " + header.requiredWhen());
    } else {
      parts.add("optional");
    }
    if (!header.values().isEmpty()) {
      parts.add("values: " + String.join(", ", header.values()));
    }
    return String.join("; ", parts);
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    Map<String, T> byName = new LinkedHashMap<>();
    for (T item : items) {
      if (name.apply(item) != null) {
        byName.putIfAbsent(name.apply(item), item);
      }
    }
    return byName;
  }

  private static <T> List<T> list(Event event, Function<Event, List<T>> read) {
    return event == null ? List.of() : read.apply(event);
  }
}
