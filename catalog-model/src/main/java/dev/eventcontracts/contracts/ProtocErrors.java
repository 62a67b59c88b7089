package dev.eventcontracts.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What protoc printed on stderr, as one {@code path:line:col: message} line per problem with the
 * path relative to the catalog root, and its warnings apart.
 *
 * @param errors the problems that made protoc fail, in its order
 * @param warnings what it warned about (such as an unused import)
 */
public record ProtocErrors(List<String> errors, List<String> warnings) {

  private static final Pattern POSITIONED = Pattern.compile("^(.+?):(\\d+):(\\d+): (.*)$");
  private static final Pattern FILE_ONLY = Pattern.compile("^([^\\s:]+\\.proto): (.*)$");
  private static final String WARNING = "warning: ";

  public ProtocErrors {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /**
   * Reads protoc's stderr; {@code catalogPath} turns a path as protoc printed it (a file on disk or
   * a path on the proto path) into one relative to the catalog root.
   */
  public static ProtocErrors parse(String stderr, UnaryOperator<String> catalogPath) {
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String line : stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      Matcher positioned = POSITIONED.matcher(line);
      Matcher fileOnly = FILE_ONLY.matcher(line);
      String problem;
      String message;
      if (positioned.matches()) {
        message = positioned.group(4);
        problem =
            catalogPath.apply(positioned.group(1))
                + ":"
                + positioned.group(2)
                + ":"
                + positioned.group(3)
                + ": ";
      } else if (fileOnly.matches()) {
        message = fileOnly.group(2);
        problem = catalogPath.apply(fileOnly.group(1)) + ": ";
      } else {
        message = line;
        problem = "";
      }
      if (message.startsWith(WARNING)) {
        warnings.add(problem + message.substring(WARNING.length()));
      } else {
        errors.add(problem + message);
      }
    }
    return new ProtocErrors(errors, warnings);
  }
}
