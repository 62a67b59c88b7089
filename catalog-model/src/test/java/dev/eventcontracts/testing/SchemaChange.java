package dev.eventcontracts.testing;

import dev.eventcontracts.engine.BreakingRequest;
import dev.eventcontracts.engine.BreakingResult;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.rule.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One proto file before and after a change, in two bare catalogs (catalog.yaml with defaults and a
 * proto root, no events), compared by {@code catalog breaking} with the REF given as a directory.
 * Every message gets the catalog defaults set here.
 */
public final class SchemaChange {

  public static final String PROTO_FILE = "schemas/acme/test/v1/test.proto";

  private final Path dir;
  private String encoding = "protobuf";
  private String mode = "BACKWARD";

  private SchemaChange(Path dir) {
    this.dir = dir;
  }

  public static SchemaChange in(Path dir) {
    return new SchemaChange(dir);
  }

  public SchemaChange encoding(String value) {
    this.encoding = value;
    return this;
  }

  public SchemaChange mode(String value) {
    this.mode = value;
    return this;
  }

  /** Findings of {@code rule} as {@code line:col: message}. */
  public List<String> findings(String rule, String before, String after) {
    return run(before, after).report().findings().stream()
        .filter(f -> f.rule().equals(rule))
        .map(f -> f.location().line() + ":" + f.location().column() + ": " + f.message())
        .toList();
  }

  /** Every finding as {@code RULE@line}. */
  public List<String> rules(String before, String after) {
    return run(before, after).report().findings().stream().map(SchemaChange::brief).toList();
  }

  public BreakingResult run(String before, String after) {
    Path then = dir.resolve("then");
    Path now = dir.resolve("now");
    write(then, before);
    write(now, after);
    return new CatalogEngine()
        .breaking(new BreakingRequest(now, then.toString(), LocalDate.of(2026, 6, 1)));
  }

  private void write(Path root, String proto) {
    try {
      Files.createDirectories(root.resolve(PROTO_FILE).getParent());
      Files.writeString(
          root.resolve("catalog.yaml"),
          "catalog: test\ndefaults: { encoding: " + encoding + ", compatibility: " + mode + " }\n");
      Files.writeString(root.resolve(PROTO_FILE), proto);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String brief(Finding finding) {
    return finding.rule() + "@" + finding.location().line();
  }
}
