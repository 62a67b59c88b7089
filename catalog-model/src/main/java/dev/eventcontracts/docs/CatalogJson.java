package dev.eventcontracts.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Domain;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.HeaderSpec;
import dev.eventcontracts.model.Service;
import dev.eventcontracts.model.Team;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.report.CatalogJsonText;
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
    return write(new CatalogIndex(catalog));
  }

  static String write(CatalogIndex index) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    root.put("catalog", index.catalog.settings().name());
    ArrayNode domains = root.putArray("domains");
    for (Map.Entry<String, List<Event>> d : index.byDomain.entrySet()) {
      Domain domain = index.domains.get(d.getKey());
      ObjectNode o = domains.addObject();
      o.put("id", d.getKey());
      o.put("page", SitePaths.domain(d.getKey()));
      o.put("summary", domain == null ? null : domain.summary());
      o.put("owner", domain == null ? null : domain.owner());
      strings(o, "events", d.getValue().stream().map(Event::name).toList());
    }
    ArrayNode events = root.putArray("events");
    for (Event e : index.events) {
      ObjectNode o = events.addObject();
      o.put("name", e.name());
      o.put("page", SitePaths.event(e.name()));
      o.put("domain", e.domain());
      o.put("version", e.version());
      o.put("summary", e.summary());
      o.put("owner", e.owner());
      o.put("status", e.status() == null ? null : e.status().id());
      o.put("message", e.schemaMessage());
      o.put("encoding", e.encoding() == null ? null : e.encoding().id());
      o.put("compatibility", e.compatibility() == null ? null : e.compatibility().name());
      o.put("classification", e.classification() == null ? null : e.classification().id());
      o.put("tenancy", e.tenancy() == null ? null : e.tenancy().id());
      ArrayNode topics = o.putArray("topics");
      for (Topic t : e.topics()) {
        topics.addObject().put("name", t.name()).put("key", t.key());
      }
      strings(o, "producers", e.producers());
      strings(o, "consumers", e.consumers());
      ArrayNode headers = o.putArray("headers");
      for (HeaderSpec h : index.catalog.settings().headers()) {
        if (h.requiredFor(e) || (!h.required() && h.requiredWhen() == null)) {
          header(headers, h, e);
        }
      }
      e.headers().forEach(h -> header(headers, h, e));
      if (e.deprecation() != null) {
        o.putObject("deprecation")
            .put("replacedBy", e.deprecation().replacedBy())
            .put(
                "sunset",
                e.deprecation().sunset() == null ? null : e.deprecation().sunset().toString());
      }
      strings(
          o,
          "fields",
          new TreeSet<>(
                  index.eventFields.getOrDefault(e.name(), List.of()).stream()
                      .map(CatalogIndex.FieldUse::field)
                      .toList())
              .stream().toList());
      strings(
          o,
          "examples",
          e.examples().stream()
              .filter(x -> x.file() != null)
              .map(x -> e.folder().isEmpty() ? x.file() : e.folder() + "/" + x.file())
              .toList());
    }
    ArrayNode topics = root.putArray("topics");
    for (Map.Entry<String, List<Event>> t : index.topics.entrySet()) {
      ObjectNode o = topics.addObject();
      o.put("name", t.getKey());
      o.put("page", SitePaths.topic(t.getKey()));
      strings(o, "events", t.getValue().stream().map(Event::name).toList());
    }
    ArrayNode services = root.putArray("services");
    TreeSet<String> serviceNames = new TreeSet<>(index.services.keySet());
    serviceNames.addAll(index.produces.keySet());
    serviceNames.addAll(index.consumes.keySet());
    for (String name : serviceNames) {
      Service s = index.services.get(name);
      ObjectNode o = services.addObject();
      o.put("name", name);
      o.put("page", SitePaths.service(name));
      o.put("owner", s == null ? null : s.owner());
      o.put("repository", s == null ? null : s.repository());
      o.put("summary", s == null ? null : s.summary());
      strings(
          o,
          "produces",
          index.produces.getOrDefault(name, List.of()).stream().map(Event::name).toList());
      strings(
          o,
          "consumes",
          index.consumes.getOrDefault(name, List.of()).stream().map(Event::name).toList());
    }
    ArrayNode teams = root.putArray("teams");
    TreeSet<String> teamNames = new TreeSet<>(index.teams);
    teamNames.addAll(index.ownedEvents.keySet());
    teamNames.addAll(index.ownedServices.keySet());
    for (String name : teamNames) {
      Team t = index.catalog.team(name).orElse(null);
      ObjectNode o = teams.addObject();
      o.put("name", name);
      o.put("page", SitePaths.team(name));
      o.put("github", t == null ? null : t.github());
      o.put("contact", t == null ? null : t.contact());
      strings(
          o,
          "events",
          index.ownedEvents.getOrDefault(name, List.of()).stream().map(Event::name).toList());
      strings(
          o,
          "services",
          index.ownedServices.getOrDefault(name, List.of()).stream()
              .map(Service::name)
              .sorted()
              .toList());
    }
    ArrayNode fields = root.putArray("fields");
    for (Map.Entry<String, List<CatalogIndex.FieldUse>> f : index.fields.entrySet()) {
      ObjectNode o = fields.addObject();
      o.put("name", f.getKey());
      o.put("page", SitePaths.field(f.getKey()));
      strings(
          o,
          "types",
          new TreeSet<>(f.getValue().stream().map(CatalogIndex.FieldUse::type).toList())
              .stream().toList());
      strings(
          o,
          "events",
          new TreeSet<>(f.getValue().stream().map(CatalogIndex.FieldUse::event).toList())
              .stream().toList());
    }
    return CatalogJsonText.write(root);
  }

  private static void header(ArrayNode headers, HeaderSpec h, Event e) {
    ObjectNode o = headers.addObject();
    o.put("name", h.name());
    o.put("required", h.requiredFor(e));
    strings(o, "values", h.values());
  }

  private static void strings(ObjectNode node, String key, List<String> values) {
    ArrayNode array = node.putArray(key);
    values.forEach(array::add);
  }
}
