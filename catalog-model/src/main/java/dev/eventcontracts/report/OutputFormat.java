package dev.eventcontracts.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What every format enum shares ({@link ReportFormat}, {@link DiffFormat}, {@link DeployFormat},
 * {@link RulesFormat}): the name users type and the usual file extension. The command line and the
 * Maven plugin read a format through {@link #of}, so every {@code --format} and {@code
 * catalog.format} accepts any case and names the valid formats when it is none of them.
 *
 * <p>Each enum's {@code toString()} is its {@link #id()}, because help and shell completion list an
 * enum option's constants by {@code toString()}.
 */
public interface OutputFormat {

  /** The enum constant's name; {@link Enum} provides it. */
  String name();

  /** The name users type: the constant's name in lower case, such as {@code markdown}. */
  default String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The usual file extension of output in this format, without the dot; one table for every kind of
   * output, so a text file is {@code .txt} whichever command wrote it.
   */
  default String extension() {
    return switch (id()) {
      case "text", "github" -> "txt";
      case "markdown" -> "md";
      case "junit" -> "xml";
      default -> id();
    };
  }

  /** The format of {@code type} named {@code id}, ignoring case and surrounding blanks. */
  static <E extends Enum<E> & OutputFormat> E of(Class<E> type, String id) {
    for (E format : type.getEnumConstants()) {
      if (format.id().equalsIgnoreCase(id.trim())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format \"" + id + "\"; expected one of " + String.join(", ", ids(type)));
  }

  /** The ids of every format of {@code type}, in declaration order. */
  static <E extends Enum<E> & OutputFormat> List<String> ids(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(OutputFormat::id).toList();
  }
}
