package dev.eventcontracts.engine;

import dev.eventcontracts.importing.CatalogImport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code catalog import} wrote and what it left out.
 *
 * @param written the files written, relative to {@code dir}, sorted
 * @param updated existing files changed (catalog.yaml, when {@code lint.baseline} was added)
 * @param otherTypes subject → schema type of the subjects that are not Protobuf
 * @param skipped the Protobuf subjects not imported, each with its reason
 * @param differences what a deploy right after would still change
 * @param todos how many TODO placeholders lint lists
 * @param baselined how many findings of the imported schemas the written baseline records
 */
public record ImportResult(
    Path dir,
    String environment,
    String registry,
    List<String> written,
    List<String> updated,
    int events,
    int schemas,
    Map<String, String> otherTypes,
    List<CatalogImport.Skipped> skipped,
    List<String> differences,
    int todos,
    int baselined,
    List<String> notes) {

  public ImportResult {
    written = List.copyOf(written);
    updated = List.copyOf(updated);
    otherTypes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(otherTypes));
    skipped = List.copyOf(skipped);
    differences = List.copyOf(differences);
    notes = List.copyOf(notes);
  }
}
