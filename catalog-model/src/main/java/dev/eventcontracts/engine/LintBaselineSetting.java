package dev.eventcontracts.engine;

import dev.eventcontracts.CatalogException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@code baseline: FILE} under {@code lint:} in the text of catalog.yaml, changing nothing
 * else: people keep comments and layout there, so the file is edited as text rather than written
 * back from a parsed tree.
 */
final class LintBaselineSetting {

  private static final Pattern LINT_BLOCK = Pattern.compile("lint:[ \\t]*(#.*)?");
  private static final Pattern LINT_INLINE = Pattern.compile("lint:[ \\t]*[^#\\s].*");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/-]+");
  private static final Pattern INDENT = Pattern.compile("([ \\t]+)[^#\\s].*");

  private LintBaselineSetting() {}

  static String add(String text, String file) {
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    String value = PLAIN.matcher(file).matches() ? file : '"' + file.replace("\"", "\\\"") + '"';
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (LINT_INLINE.matcher(lines[i]).matches()) {
        throw CatalogException.input(
            "catalog.yaml:"
                + (i + 1)
                + ": lint is written inline; add baseline: "
                + value
                + " to it by hand");
      }
      if (LINT_BLOCK.matcher(lines[i]).matches()) {
        String indent = "  ";
        for (int j = i + 1; j < lines.length; j++) {
          if (lines[j].isBlank() || lines[j].trim().startsWith("#")) {
            continue;
          }
          Matcher child = INDENT.matcher(lines[j]);
          if (child.matches()) {
            indent = child.group(1);
          }
          break;
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < lines.length; k++) {
          out.append(lines[k]);
          if (k < lines.length - 1) {
            out.append(newline);
          }
          if (k == i) {
            out.append(indent).append("baseline: ").append(value).append(newline);
          }
        }
        return out.toString();
      }
    }
    String separated = text.isEmpty() || text.endsWith("\n") ? text : text + newline;
    return separated + "lint:" + newline + "  baseline: " + value + newline;
  }
}
