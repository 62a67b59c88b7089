package dev.eventcontracts.diff;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The forms {@code catalog diff} prints: markdown for a pull request, text, JSON for tools. */
public enum DiffFormat {
  MARKDOWN,
  TEXT,
  JSON;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named {@code id} in any case, or an error that lists the valid names. */
  public static DiffFormat of(String id) {
    for (DiffFormat format : values()) {
      if (format.id().equalsIgnoreCase(id)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown diff format \"" + id + "\"; use one of " + String.join(", ", ids()));
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(DiffFormat::id).toList();
  }

  public String render(ContractDiff diff) {
    return switch (this) {
      case MARKDOWN -> new DiffMarkdown().render(diff);
      case TEXT -> new DiffText().render(diff);
      case JSON -> new DiffJson().render(diff);
    };
  }
}
