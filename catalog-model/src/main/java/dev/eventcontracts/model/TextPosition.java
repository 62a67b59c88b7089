package dev.eventcontracts.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a statement Wire keeps no position for ({@code syntax}, {@code package}, {@code import})
 * sits in a proto file's text: searched only when a rule has something to report there.
 */
public final class TextPosition {

  private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*(package)\\s");

  private TextPosition() {}

  /**
   * The start of group 1 of the first match of {@code statement} in {@code text}, as a location in
   * {@code path}; the file's first line when the text is null or holds no match.
   */
  public static SourceLocation of(String path, String text, Pattern statement) {
    if (text == null) {
      return new SourceLocation(path, 1, 1);
    }
    Matcher matcher = statement.matcher(text);
    if (!matcher.find()) {
      return new SourceLocation(path, 1, 1);
    }
    int offset = matcher.start(1);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourceLocation(path, line, offset - lineStart + 1);
  }

  /** The {@code package} statement of the file at a catalog-relative path, or its first line. */
  public static SourceLocation packageStatement(ProtoSchema protos, String catalogPath) {
    return of(catalogPath, protos.text(catalogPath), PACKAGE);
  }
}
