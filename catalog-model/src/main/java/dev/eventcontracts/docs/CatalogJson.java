package dev.eventcontracts.docs;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Domain;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.HeaderSpec;
import dev.eventcontracts.model.Service;
import dev.eventcontracts.model.Team;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.report.CatalogJsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** {@code catalog.json}: the catalog for machines, as documented in docs/docs-site.md. */
public final class CatalogJson {

  /** Raised when the document's shape changes incompatibly. */
  static final int FORMAT = 1;

  private CatalogJson() {}

  /** The document for {@code catalog}, as the site and the contracts jar carry it. */
  public static String of(Catalog catalog) {
    return new String(bytes(new CatalogIndex(catalog)), StandardCharsets.UTF_8);
  }

  /**
   * The document as UTF-8 bytes, written as it goes: for 10,000 events it is over 30 MB, and a tree
   * of it would be several times that.
   */
  static byte[] bytes(CatalogIndex index) {
    return CatalogJsonText.stream(json -> write(json, index), 3_000 * index.events.size());
  }

  private static void write(JsonGenerator json, CatalogIndex index) throws IOException {
    json.writeStartObject();
    json.writeNumberField("format", FORMAT);
    json.writeStringField("catalog", index.catalog.settings().name());
    json.writeArrayFieldStart("domains");
    for (Map.Entry<String, List<Event>> d : index.byDomain.entrySet()) {
      Domain domain = index.domains.get(d.getKey());
      json.writeStartObject();
      json.writeStringField("id", d.getKey());
      json.writeStringField("page", SitePaths.domain(d.getKey()));
      json.writeStringField("summary", domain == null ? null : domain.summary());
      json.writeStringField("owner", domain == null ? null : domain.owner());
      strings(json, "events", d.getValue().stream().map(Event::name).toList());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("events");
    for (Event e : index.events) {
      event(json, index, e);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("topics");
    for (Map.Entry<String, List<Event>> t : index.topics.entrySet()) {
      json.writeStartObject();
      json.writeStringField("name", t.getKey());
      json.writeStringField("page", SitePaths.topic(t.getKey()));
      strings(json, "events", t.getValue().stream().map(Event::name).toList());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("services");
    TreeSet<String> serviceNames = new TreeSet<>(index.services.keySet());
    serviceNames.addAll(index.produces.keySet());
    serviceNames.addAll(index.consumes.keySet());
    for (String name : serviceNames) {
      Service s = index.services.get(name);
      json.writeStartObject();
      json.writeStringField("name", name);
      json.writeStringField("page", SitePaths.service(name));
      json.writeStringField("owner", s == null ? null : s.owner());
      json.writeStringField("repository", s == null ? null : s.repository());
      json.writeStringField("summary", s == null ? null : s.summary());
      strings(
          json,
          "produces",
          index.produces.getOrDefault(name, List.of()).stream().map(Event::name).toList());
      strings(
          json,
          "consumes",
          index.consumes.getOrDefault(name, List.of()).stream().map(Event::name).toList());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("teams");
    TreeSet<String> teamNames = new TreeSet<>(index.teams);
    teamNames.addAll(index.ownedEvents.keySet());
    teamNames.addAll(index.ownedServices.keySet());
    for (String name : teamNames) {
      Team t = index.catalog.team(name).orElse(null);
      json.writeStartObject();
      json.writeStringField("name", name);
      json.writeStringField("page", SitePaths.team(name));
      json.writeStringField("github", t == null ? null : t.github());
      json.writeStringField("contact", t == null ? null : t.contact());
      strings(
          json,
          "events",
          index.ownedEvents.getOrDefault(name, List.of()).stream().map(Event::name).toList());
      strings(
          json,
          "services",
          index.ownedServices.getOrDefault(name, List.of()).stream()
              .map(Service::name)
              .sorted()
              .toList());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("fields");
    for (String field : index.fields.keySet()) {
      json.writeStartObject();
      json.writeStringField("name", field);
      json.writeStringField("page", SitePaths.field(field));
      strings(json, "types", List.copyOf(index.typesOf(field)));
      strings(json, "events", List.copyOf(index.eventsCarrying(field)));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void event(JsonGenerator json, CatalogIndex index, Event e) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", e.name());
    json.writeStringField("page", SitePaths.event(e.name()));
    json.writeStringField("domain", e.domain());
    if (e.version() == null) {
      json.writeNullField("version");
    } else {
      json.writeNumberField("version", e.version());
    }
    json.writeStringField("summary", e.summary());
    json.writeStringField("owner", e.owner());
    json.writeStringField("status", e.status() == null ? null : e.status().id());
    json.writeStringField("message", e.schemaMessage());
    json.writeStringField("encoding", e.encoding() == null ? null : e.encoding().id());
    json.writeStringField(
        "compatibility", e.compatibility() == null ? null : e.compatibility().name());
    json.writeStringField(
        "classification", e.classification() == null ? null : e.classification().id());
    json.writeStringField("tenancy", e.tenancy() == null ? null : e.tenancy().id());
    json.writeArrayFieldStart("topics");
    for (Topic t : e.topics()) {
      json.writeStartObject();
      json.writeStringField("name", t.name());
      json.writeStringField("key", t.key());
      json.writeEndObject();
    }
    json.writeEndArray();
    strings(json, "producers", e.producers());
    strings(json, "consumers", e.consumers());
    json.writeArrayFieldStart("headers");
    for (HeaderSpec h : index.catalog.settings().headers()) {
      if (h.requiredFor(e) || (!h.required() && h.requiredWhen() == null)) {
        header(json, h, e);
      }
    }
    for (HeaderSpec h : e.headers()) {
      header(json, h, e);
    }
    json.writeEndArray();
    if (e.deprecation() != null) {
      json.writeObjectFieldStart("deprecation");
      json.writeStringField("replacedBy", e.deprecation().replacedBy());
      json.writeStringField(
          "sunset", e.deprecation().sunset() == null ? null : e.deprecation().sunset().toString());
      json.writeEndObject();
    }
    strings(
        json,
        "fields",
        List.copyOf(
            new TreeSet<>(
                index.eventFields.getOrDefault(e.name(), List.of()).stream()
                    .map(CatalogIndex.FieldUse::field)
                    .toList())));
    strings(
        json,
        "examples",
        e.examples().stream()
            .filter(x -> x.file() != null)
            .map(x -> e.folder().isEmpty() ? x.file() : e.folder() + "/" + x.file())
            .toList());
    json.writeEndObject();
  }

  private static void header(JsonGenerator json, HeaderSpec h, Event e) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", h.name());
    json.writeBooleanField("required", h.requiredFor(e));
    strings(json, "values", h.values());
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String key, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(key);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
