package dev.eventcontracts.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.eventcontracts.diff.Approval.Reason;
import dev.eventcontracts.rule.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The contract diff as JSON for tools. The schema is stable: keys always appear, in this order,
 * with null for an absent value and an empty list for none. Findings have the same keys as in the
 * lint and breaking JSON reports.
 *
 * <pre>{@code
 * { "tool": "catalog", "command": "diff", "catalog": "acme-events", "against": "main",
 *   "summary": { "events": 2, "added": 0, "removed": 0, "changed": 2, "breaking": 1 },
 *   "events": [ { "name": "MessageSent", "change": "changed", "owner": "messaging",
 *                 "file": "domains/messaging/events/message-sent.yaml",
 *                 "breaking": [ { "rule", "severity", "file", "line", "column", "event", "message" } ],
 *                 "consumersAffected": [ "archiver" ],
 *                 "changes": [ { "aspect": "field_type", "change": "changed",
 *                                "element": "envelope.tenant_id", "old": "string", "new": "int64" } ] } ],
 *   "breakingOutsideEvents": [ … findings … ],
 *   "approvals": [ { "team": "messaging", "github": "@acme/messaging", "role": "owner",
 *                    "reasons": [ { "role": "owner", "service": null, "events": [ "MessageSent" ] } ] } ],
 *   "notes": [ "exception FIELD_NO_DELETE for MessageSent applied (expires 2026-12-31)" ] }
 * }</pre>
 */
public final class DiffJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  public String render(ContractDiff diff) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      json.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter));
      json.writeStartObject();
      json.writeStringField("tool", "catalog");
      json.writeStringField("command", "diff");
      json.writeStringField("catalog", diff.catalog());
      json.writeStringField("against", diff.against());
      json.writeObjectFieldStart("summary");
      json.writeNumberField("events", diff.events().size());
      for (ChangeKind kind : ChangeKind.values()) {
        json.writeNumberField(kind.id(), diff.count(kind));
      }
      json.writeNumberField("breaking", diff.breakingCount());
      json.writeEndObject();
      json.writeArrayFieldStart("events");
      for (EventDiff event : diff.events()) {
        event(json, event);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("breakingOutsideEvents");
      for (Finding finding : diff.otherBreaking()) {
        finding(json, finding);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("approvals");
      for (Approval approval : diff.approvals()) {
        approval(json, approval);
      }
      json.writeEndArray();
      strings(json, "notes", diff.notes());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void event(JsonGenerator json, EventDiff event) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", event.name());
    json.writeStringField("change", event.kind().id());
    json.writeStringField("owner", event.owner());
    json.writeStringField("file", event.file());
    json.writeArrayFieldStart("breaking");
    for (Finding finding : event.breaking()) {
      finding(json, finding);
    }
    json.writeEndArray();
    strings(json, "consumersAffected", event.affectedConsumers());
    json.writeArrayFieldStart("changes");
    for (Change change : event.changes()) {
      json.writeStartObject();
      json.writeStringField("aspect", change.aspect().id());
      json.writeStringField("change", change.kind().id());
      json.writeStringField("element", change.element());
      json.writeStringField("old", change.before());
      json.writeStringField("new", change.after());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The same shape as a finding in the lint and breaking JSON reports. */
  private static void finding(JsonGenerator json, Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("rule", finding.rule());
    json.writeStringField("severity", finding.severity().id());
    json.writeStringField("file", finding.location().path());
    positive(json, "line", finding.location().line());
    positive(json, "column", finding.location().column());
    json.writeStringField("event", finding.event());
    json.writeStringField("message", finding.message());
    json.writeEndObject();
  }

  /** A line or column, null when unknown, as in the other JSON reports. */
  private static void positive(JsonGenerator json, String name, int value) throws IOException {
    if (value > 0) {
      json.writeNumberField(name, value);
    } else {
      json.writeNullField(name);
    }
  }

  private static void approval(JsonGenerator json, Approval approval) throws IOException {
    json.writeStartObject();
    json.writeStringField("team", approval.team());
    json.writeStringField("github", approval.github());
    json.writeStringField("role", approval.role().id());
    json.writeArrayFieldStart("reasons");
    for (Reason reason : approval.reasons()) {
      json.writeStartObject();
      json.writeStringField("role", reason.role().id());
      json.writeStringField("service", reason.service());
      strings(json, "events", reason.events());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void strings(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
