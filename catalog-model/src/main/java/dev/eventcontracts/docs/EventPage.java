package dev.eventcontracts.docs;

import static dev.eventcontracts.docs.Html.badge;
import static dev.eventcontracts.docs.Html.esc;
import static dev.eventcontracts.docs.Html.link;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Type;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Encoding;
import dev.eventcontracts.model.Environment;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Example;
import dev.eventcontracts.model.ExamplePayload;
import dev.eventcontracts.model.HeaderSpec;
import dev.eventcontracts.model.MessageGraph;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.Status;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.registry.PlannedSubject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The page of one event: its contract, who produces and consumes it, its schema and examples. */
final class EventPage {

  private final CatalogIndex index;

  /** Subjects by the events they carry, indexed once: a scan per page is quadratic in events. */
  private final Map<String, List<PlannedSubject>> subjectsByEvent = new HashMap<>();

  EventPage(CatalogIndex index, List<PlannedSubject> subjects) {
    this.index = index;
    for (PlannedSubject subject : subjects) {
      for (String event : subject.events()) {
        subjectsByEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(subject);
      }
    }
  }

  String body(Event event, String root) {
    Catalog catalog = index.catalog;
    StringBuilder b = new StringBuilder(8192);
    b.append("<p class=\"crumbs\">")
        .append(link(root + SitePaths.domain(event.domain()), event.domain()))
        .append(" / event</p>\n<h1>")
        .append(esc(event.name()))
        .append(event.version() == null ? "" : " <small>v" + event.version() + "</small>")
        .append("</h1>\n<p class=\"lead\">")
        .append(esc(event.summary()))
        .append("</p>\n<p class=\"badges\">");
    if (event.status() != null) {
      b.append(badge("status-" + event.status().id(), event.status().id()));
    }
    if (event.encoding() != null) {
      b.append(badge("encoding", event.encoding().id()));
    }
    if (event.compatibility() != null) {
      b.append(badge("compat", event.compatibility().name()));
    }
    if (event.classification() != null) {
      b.append(badge("class-" + event.classification().id(), event.classification().id()));
    }
    if (event.tenancy() != null) {
      b.append(badge("tenancy", event.tenancy().id() + "-tenant"));
    }
    b.append("</p>\n");
    if (event.status() == Status.DEPRECATED || event.deprecation() != null) {
      b.append("<div class=\"callout deprecated\"><strong>Deprecated.</strong>");
      if (event.deprecation() != null && event.deprecation().replacedBy() != null) {
        String successor = event.deprecation().replacedBy();
        b.append(" Use ")
            .append(
                index.eventsByName.containsKey(successor)
                    ? link(root + SitePaths.event(successor), successor)
                    : esc(successor))
            .append(" instead.");
      }
      if (event.deprecation() != null && event.deprecation().sunset() != null) {
        b.append(" Sunset: <time>").append(event.deprecation().sunset()).append("</time>.");
      }
      b.append("</div>\n");
    }
    b.append("<dl class=\"facts\"><dt>Owner</dt><dd>")
        .append(
            event.owner() == null
                ? "&mdash;"
                : link(root + SitePaths.team(event.owner()), event.owner()))
        .append("</dd><dt>Domain</dt><dd>")
        .append(link(root + SitePaths.domain(event.domain()), event.domain()))
        .append("</dd><dt>Schema</dt><dd><code>")
        .append(esc(event.schemaMessage()))
        .append("</code></dd><dt>File</dt><dd><code>")
        .append(esc(event.file()))
        .append("</code></dd></dl>\n");

    b.append("<h2 id=\"topics\">Topics</h2>\n");
    if (event.topics().isEmpty()) {
      b.append("<p class=\"empty\">No topics.</p>\n");
    } else {
      b.append("<table><thead><tr><th>Topic</th><th>Key</th></tr></thead><tbody>\n");
      for (Topic topic : event.topics()) {
        b.append("<tr><td>")
            .append(link(root + SitePaths.topic(topic.name()), topic.name()))
            .append("</td><td><code>")
            .append(topic.key() == null ? "&mdash;" : esc(topic.key()))
            .append("</code></td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }

    b.append(
        "<h2 id=\"flow\">Producers and consumers</h2>\n<div class=\"columns\"><div><h3>Producers</h3>");
    services(b, root, event.producers());
    b.append("</div><div><h3>Consumers</h3>");
    services(b, root, event.consumers());
    b.append("</div></div>\n<div class=\"graph-wrap\">")
        .append(SiteGenerator.eventGraph(event).svg(root, "Flow of " + event.name()))
        .append("</div>\n");

    headers(b, catalog, event);
    schema(b, catalog, event);
    examples(b, event);
    subjects(b, catalog, event);
    return b.toString();
  }

  private void services(StringBuilder b, String root, List<String> names) {
    if (names.isEmpty()) {
      b.append("<p class=\"empty\">None.</p>");
      return;
    }
    b.append("<ul>");
    for (String name : names) {
      b.append("<li>").append(link(root + SitePaths.service(name), name)).append("</li>");
    }
    b.append("</ul>");
  }

  private static void headers(StringBuilder b, Catalog catalog, Event event) {
    b.append("<h2 id=\"headers\">Header contract</h2>\n");
    List<HeaderSpec> own = event.headers();
    List<HeaderSpec> shared = catalog.settings().headers();
    if (own.isEmpty() && shared.isEmpty()) {
      b.append("<p class=\"empty\">No headers are part of the contract.</p>\n");
      return;
    }
    b.append(
        "<table><thead><tr><th>Header</th><th>Required</th><th>Values</th><th>From</th></tr></thead><tbody>\n");
    for (HeaderSpec header : shared) {
      boolean required = header.requiredFor(event);
      String when =
          header.required()
              ? "required"
              : header.requiredWhen() != null
                  ? (required ? "required" : "not required") + " (" + header.requiredWhen() + ")"
                  : "optional";
      header(b, header, required, when, "catalog");
    }
    for (HeaderSpec header : own) {
      boolean required = header.requiredFor(event);
      header(b, header, required, required ? "required" : "optional", "event");
    }
    b.append("</tbody></table>\n");
  }

  private static void header(
      StringBuilder b, HeaderSpec header, boolean required, String when, String from) {
    b.append("<tr><td><code>")
        .append(esc(header.name()))
        .append("</code></td><td>")
        .append(
            required ? badge("required", when) : "<span class=\"muted\">" + esc(when) + "</span>")
        .append("</td><td>");
    if (header.values().isEmpty()) {
      b.append("<span class=\"muted\">any</span>");
    } else {
      for (String value : header.values()) {
        b.append("<code>").append(esc(value)).append("</code> ");
      }
    }
    b.append("</td><td>").append(from).append("</td></tr>\n");
  }

  private void schema(StringBuilder b, Catalog catalog, Event event) {
    b.append("<h2 id=\"schema\">Schema</h2>\n");
    ProtoSchema protos = catalog.protos();
    List<Type> types = index.eventTypes.getOrDefault(event.name(), List.of());
    if (protos == null || types.isEmpty()) {
      b.append("<p class=\"empty\">The schema message <code>")
          .append(esc(event.schemaMessage()))
          .append("</code> is not in the catalog's protos.</p>\n");
      return;
    }
    Set<String> onPage = new LinkedHashSet<>();
    types.forEach(t -> onPage.add(t.getType().toString()));
    boolean json = event.encoding() == Encoding.JSON;
    for (Type type : types) {
      String name = type.getType().toString();
      b.append("<h3 id=\"t-").append(esc(name)).append("\" class=\"type\">");
      if (type instanceof MessageType message) {
        b.append("message <code>").append(esc(name)).append("</code></h3>\n");
        doc(b, message.getDocumentation());
        b.append("<div class=\"scroll\"><table class=\"fields\"><thead><tr><th>#</th><th>Name</th>")
            .append(json ? "<th>json_name</th>" : "")
            .append("<th>Type</th><th>Label</th><th>Comment</th></tr></thead><tbody>\n");
        for (Field field : message.getFieldsAndOneOfFields()) {
          b.append("<tr><td>")
              .append(field.getTag())
              .append("</td><td><code>")
              .append(esc(field.getName()))
              .append("</code></td>");
          if (json) {
            b.append("<td><code>").append(esc(field.getJsonName())).append("</code></td>");
          }
          b.append("<td>")
              .append(type(protos, field, message, onPage))
              .append("</td><td>")
              .append(esc(label(message, field)))
              .append("</td><td>")
              .append(esc(field.getDocumentation()))
              .append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n");
      } else if (type instanceof EnumType enumType) {
        b.append("enum <code>").append(esc(name)).append("</code></h3>\n");
        doc(b, enumType.getDocumentation());
        b.append(
            "<table class=\"fields\"><thead><tr><th>#</th><th>Value</th><th>Comment</th></tr></thead><tbody>\n");
        for (EnumConstant constant : enumType.getConstants()) {
          b.append("<tr><td>")
              .append(constant.getTag())
              .append("</td><td><code>")
              .append(esc(constant.getName()))
              .append("</code></td><td>")
              .append(esc(constant.getDocumentation()))
              .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
      } else {
        b.append("<code>").append(esc(name)).append("</code></h3>\n");
      }
    }
    Set<String> files = new LinkedHashSet<>();
    types.forEach(t -> files.add(t.getLocation().getPath()));
    b.append("<h2 id=\"proto\">.proto source</h2>\n");
    for (String file : files) {
      String path = protos.catalogPath(file);
      String text = protos.text(path);
      if (text == null) {
        continue;
      }
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
      b.append("<details")
          .append(file.equals(types.get(0).getLocation().getPath()) ? " open" : "")
          .append("><summary><code>")
          .append(esc(path))
          .append("</code></summary><pre class=\"code\"><code>")
          .append(esc(text))
          .append("</code></pre></details>\n");
    }
  }

  private static void doc(StringBuilder b, String documentation) {
    if (documentation != null && !documentation.isBlank()) {
      b.append("<p class=\"doc\">").append(esc(documentation)).append("</p>\n");
    }
  }

  private static String label(MessageType message, Field field) {
    if (field.getType() != null && field.getType().isMap()) {
      return "map";
    }
    for (var oneOf : message.getOneOfs()) {
      if (oneOf.getFields().contains(field)) {
        return "oneof " + oneOf.getName();
      }
    }
    return field.getLabel() == null
        ? ""
        : field.getLabel().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String type(
      ProtoSchema protos, Field field, MessageType owner, Set<String> onPage) {
    ProtoType type = field.getType();
    if (type == null) {
      return "";
    }
    if (type.isMap()) {
      ProtoType resolved = MessageGraph.resolve(protos.schema(), type, owner);
      return "<code>map&lt;"
          + esc(resolved.getKeyType().toString())
          + ", </code>"
          + typeLink(resolved.getValueType(), onPage)
          + "<code>&gt;</code>";
    }
    return typeLink(type, onPage);
  }

  private static String typeLink(ProtoType type, Set<String> onPage) {
    String name = type.toString();
    if (!type.isScalar() && onPage.contains(name)) {
      return "<a href=\"#t-" + esc(name) + "\"><code>" + esc(name) + "</code></a>";
    }
    return "<code>" + esc(name) + "</code>";
  }

  private static void examples(StringBuilder b, Event event) {
    b.append("<h2 id=\"examples\">Examples</h2>\n");
    boolean any = false;
    for (Example example : event.examples()) {
      if (example.payload() instanceof ExamplePayload.Text text) {
        any = true;
        b.append("<p><code>")
            .append(esc(text.path()))
            .append("</code></p><pre class=\"code\"><code>")
            .append(esc(text.text().replace("\uFEFF", "")))
            .append("</code></pre>\n");
      }
    }
    if (!any) {
      b.append("<p class=\"empty\">No examples.</p>\n");
    }
  }

  private void subjects(StringBuilder b, Catalog catalog, Event event) {
    b.append("<h2 id=\"subjects\">Schema Registry subjects</h2>\n");
    List<PlannedSubject> mine = subjectsByEvent.getOrDefault(event.name(), List.of());
    if (mine.isEmpty()) {
      b.append("<p class=\"empty\">No subjects: the event has no topic or no schema.</p>\n");
      return;
    }
    List<Environment> environments = catalog.settings().environments();
    b.append(
        "<table><thead><tr><th>Environment</th><th>Subject</th><th>Compatibility</th></tr></thead><tbody>\n");
    if (environments.isEmpty()) {
      for (PlannedSubject s : mine) {
        subjectRow(b, "(any)", s.subject(), s);
      }
    }
    for (Environment env : environments) {
      String context = env.registry() == null ? null : env.registry().context();
      for (PlannedSubject s : mine) {
        subjectRow(
            b,
            env.name() + (context == null || context.isEmpty() ? "" : " (context " + context + ")"),
            s.subject(),
            s);
      }
    }
    b.append("</tbody></table>\n");
  }

  private static void subjectRow(StringBuilder b, String env, String subject, PlannedSubject s) {
    b.append("<tr><td>")
        .append(esc(env))
        .append("</td><td><code>")
        .append(esc(subject))
        .append("</code></td><td>")
        .append(esc(s.compatibility() == null ? "" : s.compatibility().name()))
        .append("</td></tr>\n");
  }
}
