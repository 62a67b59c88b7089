package dev.eventcontracts.registry;

import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.SourceLocation;
import java.util.List;

/**
 * One subject the catalog manages: the .proto file it holds ({@code file} under the proto root,
 * {@code schemaPath} from the catalog root), the subjects of that file's imports, its compatibility
 * level, and the events that own it (none for a subject that only exists to be referenced).
 *
 * @param level 0 for a file without imports, else one more than its deepest import; subjects of one
 *     level can be written in parallel once the levels below are written
 */
public record PlannedSubject(
    String subject,
    String file,
    String schemaPath,
    String schema,
    List<String> imports,
    CompatibilityMode compatibility,
    List<String> events,
    SourceLocation location,
    int level) {

  public PlannedSubject {
    imports = List.copyOf(imports);
    events = List.copyOf(events);
  }

  /** A subject named after its file, registered so that other schemas can reference it. */
  public boolean isReference() {
    return events.isEmpty();
  }
}
