package dev.eventcontracts.engine;

import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.SubjectNameStrategy;

/** The catalog.yaml of a catalog that {@code catalog import} writes from nothing. */
final class ImportedSettings {

  private ImportedSettings() {}

  static String render(
      String name,
      String environment,
      String url,
      SubjectNameStrategy strategy,
      CompatibilityMode compatibility,
      String registry) {
    return "# The event catalog "
        + name
        + ": written by `catalog import --env "
        + environment
        + "` from "
        + registry
        + ".\n"
        + "# catalog lint lists every TODO to fill in; see the README of catalog for every key.\n"
        + "catalog: "
        + name
        + "\n"
        + "protoRoot: schemas\n"
        + "\n"
        + "defaults:\n"
        + "  encoding: protobuf\n"
        + "  compatibility: "
        + compatibility.name()
        + "   # the registry's global level\n"
        + "  subjectNameStrategy: "
        + strategy.id()
        + "\n"
        + "\n"
        + "environments:\n"
        + "  "
        + environment
        + ": { registry: { url: \""
        + url.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\" } }\n";
  }
}
