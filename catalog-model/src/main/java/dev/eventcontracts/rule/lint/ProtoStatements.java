package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.ProtoFile;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.model.TextPosition;
import java.util.regex.Pattern;

/**
 * Where a file's {@code syntax} (or {@code edition}), {@code package} and {@code import} statements
 * are. Wire keeps no position for them, so the file's text (kept in the schema by the loader) is
 * searched, only when a rule has something to report.
 */
final class ProtoStatements {

  private static final Pattern SYNTAX = Pattern.compile("(?m)^[ \\t]*(syntax|edition)\\s*=");
  private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*(package)\\s");

  private ProtoStatements() {}

  /** The path of a catalog proto file relative to the catalog root. */
  static String path(Catalog catalog, ProtoFile file) {
    return catalog.protos().catalogPath(file.getLocation().getPath());
  }

  /** The {@code syntax} or {@code edition} statement, or the file's first line when it has none. */
  static SourceLocation syntax(Catalog catalog, ProtoFile file) {
    return find(catalog, file, SYNTAX);
  }

  /** The {@code package} statement, or the file's first line when it has none. */
  static SourceLocation packageStatement(Catalog catalog, ProtoFile file) {
    return find(catalog, file, PACKAGE);
  }

  /** The statement importing {@code imported}, or the file's first line when none is found. */
  static SourceLocation importStatement(Catalog catalog, ProtoFile file, String imported) {
    return find(
        catalog,
        file,
        Pattern.compile(
            "(?m)^[ \\t]*(import)\\s+(?:public\\s+|weak\\s+)?\"" + Pattern.quote(imported) + "\""));
  }

  private static SourceLocation find(Catalog catalog, ProtoFile file, Pattern statement) {
    String path = path(catalog, file);
    return TextPosition.of(path, catalog.protos().text(path), statement);
  }
}
