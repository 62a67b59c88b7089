package dev.eventcontracts.docs;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Type;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Domain;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.MessageGraph;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.Service;
import dev.eventcontracts.model.Topic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the pages look up across the catalog, computed once: events by domain, service, team and
 * topic, and every field of every message an event reaches. Sorted maps, so pages list in name
 * order whatever order the files were read in.
 */
final class CatalogIndex {

  /** One field of a message an event reaches. */
  record FieldUse(String field, String type, String message, String event) {}

  final Catalog catalog;
  final List<Event> events;
  final Map<String, Event> eventsByName = new TreeMap<>();
  final Map<String, List<Event>> byDomain = new TreeMap<>();
  final Map<String, Domain> domains = new TreeMap<>();
  final Map<String, Service> services = new TreeMap<>();
  final Map<String, List<Event>> produces = new TreeMap<>();
  final Map<String, List<Event>> consumes = new TreeMap<>();
  final Map<String, List<Event>> ownedEvents = new TreeMap<>();
  final Map<String, List<Service>> ownedServices = new TreeMap<>();
  final Set<String> teams = new TreeSet<>();
  final Map<String, List<Event>> topics = new TreeMap<>();
  final Map<String, List<FieldUse>> fields = new TreeMap<>();
  final Map<String, List<FieldUse>> eventFields = new LinkedHashMap<>();
  final Map<String, List<Type>> eventTypes = new LinkedHashMap<>();
  private final Set<String> catalogProtoFiles;

  CatalogIndex(Catalog catalog) {
    this.catalog = catalog;
    ProtoSchema protos = catalog.protos();
    catalogProtoFiles = protos == null ? Set.of() : new HashSet<>(protos.catalogFiles());
    for (Event event : catalog.events()) {
      if (event.name() != null) {
        eventsByName.putIfAbsent(event.name(), event);
      }
    }
    events = List.copyOf(eventsByName.values());
    for (Domain domain : catalog.domains()) {
      domains.putIfAbsent(domain.id(), domain);
    }
    for (Service service : catalog.services()) {
      if (service.name() != null) {
        services.putIfAbsent(service.name(), service);
        if (service.owner() != null) {
          ownedServices.computeIfAbsent(service.owner(), t -> new ArrayList<>()).add(service);
        }
      }
    }
    teams.addAll(catalog.settings().teams().keySet());
    for (Event event : events) {
      byDomain.computeIfAbsent(event.domain(), d -> new ArrayList<>()).add(event);
      event
          .producers()
          .forEach(s -> produces.computeIfAbsent(s, x -> new ArrayList<>()).add(event));
      event
          .consumers()
          .forEach(s -> consumes.computeIfAbsent(s, x -> new ArrayList<>()).add(event));
      if (event.owner() != null) {
        ownedEvents.computeIfAbsent(event.owner(), t -> new ArrayList<>()).add(event);
      }
      for (Topic topic : event.topics()) {
        if (topic.name() != null) {
          topics.computeIfAbsent(topic.name(), t -> new ArrayList<>()).add(event);
        }
      }
      walkFields(event, protos);
    }
    for (List<FieldUse> uses : eventFields.values()) {
      for (FieldUse use : uses) {
        fields.computeIfAbsent(use.field(), f -> new ArrayList<>()).add(use);
      }
    }
  }

  /** Whether a type is declared in the catalog's own protos (not a well-known type). */
  boolean ownType(Type type) {
    return type != null && catalogProtoFiles.contains(type.getLocation().getPath());
  }

  private void walkFields(Event event, ProtoSchema protos) {
    List<FieldUse> uses = new ArrayList<>();
    List<Type> types = new ArrayList<>();
    if (protos != null
        && event.schemaMessage() != null
        && protos.message(event.schemaMessage()) != null) {
      for (String name : MessageGraph.reachable(protos.schema(), event.schemaMessage())) {
        Type type = protos.schema().getType(name);
        if (!ownType(type)) {
          continue;
        }
        types.add(type);
        if (type instanceof MessageType message) {
          for (Field field : message.getFieldsAndOneOfFields()) {
            uses.add(
                new FieldUse(
                    field.getName(), typeName(protos, field, message), name, event.name()));
          }
        } else if (!(type instanceof EnumType)) {
          continue;
        }
      }
    }
    eventFields.put(event.name(), uses);
    eventTypes.put(event.name(), types);
  }

  static String typeName(ProtoSchema protos, Field field, MessageType owner) {
    ProtoType type = field.getType();
    if (type == null) {
      return "";
    }
    if (type.isMap()) {
      type = MessageGraph.resolve(protos.schema(), type, owner);
    }
    return type.toString();
  }

  /** The types {@code field} has across the catalog, sorted, each once. */
  SortedSet<String> typesOf(String field) {
    SortedSet<String> types = new TreeSet<>();
    fields.getOrDefault(field, List.of()).forEach(use -> types.add(use.type()));
    return types;
  }

  /** The events that carry {@code field}, sorted, each once. */
  SortedSet<String> eventsCarrying(String field) {
    SortedSet<String> events = new TreeSet<>();
    fields.getOrDefault(field, List.of()).forEach(use -> events.add(use.event()));
    return events;
  }

  List<Event> inDomain(String id) {
    return byDomain.getOrDefault(id, List.of());
  }
}
