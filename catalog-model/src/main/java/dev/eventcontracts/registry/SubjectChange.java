package dev.eventcontracts.registry;

import dev.eventcontracts.model.CompatibilityMode;
import java.util.List;

/**
 * What a deploy does to one subject: register a new version (of a new or existing subject), change
 * its compatibility level, or leave it alone.
 *
 * @param file the .proto file the subject holds, relative to the catalog root
 * @param latestVersion the version the registry holds the catalog's schema in when unchanged, else
 *     null
 * @param currentCompatibility the subject's own level in the registry, null when it has none
 */
public record SubjectChange(
    String subject,
    String file,
    List<String> events,
    boolean register,
    boolean newSubject,
    Integer latestVersion,
    CompatibilityMode currentCompatibility,
    CompatibilityMode compatibility) {

  public SubjectChange {
    events = List.copyOf(events);
  }

  public boolean changesCompatibility() {
    return currentCompatibility != compatibility;
  }

  public boolean unchanged() {
    return !register && !changesCompatibility();
  }
}
