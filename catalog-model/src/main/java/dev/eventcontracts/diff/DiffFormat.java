package dev.eventcontracts.diff;

import java.util.Locale;

/** The forms {@code catalog diff} prints: markdown for a pull request, text, JSON for tools. */
public enum DiffFormat {
  MARKDOWN,
  TEXT,
  JSON;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String render(ContractDiff diff) {
    return switch (this) {
      case MARKDOWN -> new DiffMarkdown().render(diff);
      case TEXT -> new DiffText().render(diff);
      case JSON -> new DiffJson().render(diff);
    };
  }
}
