package dev.eventcontracts.rule.verify;

import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.registry.PlannedSubject;
import dev.eventcontracts.registry.RegisteredSchema;
import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.registry.RegistrySnapshot.SubjectState;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.Rule;
import dev.eventcontracts.rule.RuleMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a registry holds next to the catalog, written out as data for the verify rules: the planned
 * subject of one event and of the file it imports, in the state a test gives them.
 */
final class Snapshots {

  static final String EVENT_FILE = "domains/messaging/events/message-sent.yaml";
  static final String SUBJECT = "messaging.message-sent.v1-value";
  static final String IMPORT = "acme/common/v1/envelope.proto";
  static final String SCHEMA = "syntax = \"proto3\";\nmessage MessageSent {}\n";

  private Snapshots() {}

  static PlannedSubject planned() {
    return new PlannedSubject(
        SUBJECT,
        "acme/messaging/v1/message_sent.proto",
        "schemas/acme/messaging/v1/message_sent.proto",
        SCHEMA,
        List.of(IMPORT),
        CompatibilityMode.BACKWARD,
        List.of("MessageSent"),
        new SourceLocation(EVENT_FILE, 8, 5),
        1);
  }

  static RegisteredSchema version(int version, Map<String, Integer> references) {
    List<dev.eventcontracts.registry.SchemaReference> refs = new ArrayList<>();
    references.forEach(
        (name, v) -> refs.add(new dev.eventcontracts.registry.SchemaReference(name, name, v)));
    return new RegisteredSchema(SUBJECT, 10 + version, version, SCHEMA, refs);
  }

  static SubjectState state(
      RegisteredSchema latest,
      Integer gitVersion,
      CompatibilityMode compatibility,
      Map<String, Integer> expectedReferences) {
    return new SubjectState(planned(), latest, gitVersion, compatibility, expectedReferences);
  }

  /** A registry in sync with the catalog: version 1 holds the file and imports version 1. */
  static SubjectState inSync() {
    return state(version(1, Map.of(IMPORT, 1)), 1, CompatibilityMode.BACKWARD, Map.of(IMPORT, 1));
  }

  static RegistrySnapshot of(List<SubjectState> subjects, List<String> unmanaged) {
    return new RegistrySnapshot(
        "dev",
        "http://localhost:8081",
        new SourceLocation("catalog.yaml", 21, 3),
        subjects,
        unmanaged);
  }

  /** A primary (us) in sync beside one other region (eu) whose subject is in {@code state}. */
  static RegistrySnapshot regions(SubjectState eu) {
    RegistrySnapshot other = of(eu == null ? List.of() : List.of(eu), List.of()).inRegion("eu");
    return of(List.of(inSync()), List.of()).withRegions("us", List.of(other));
  }

  /** What a rule reports over a snapshot, as {@code path:line:col: message}. */
  static List<String> findings(Rule<RegistrySnapshot> rule, RegistrySnapshot snapshot) {
    RuleMeta meta = rule.meta();
    List<Finding> found = new ArrayList<>();
    rule.check(
        snapshot,
        (location, event, message) ->
            found.add(new Finding(meta.id(), meta.severity(), location, event, message)));
    return found.stream().sorted().map(f -> f.location() + ": " + f.message()).toList();
  }
}
