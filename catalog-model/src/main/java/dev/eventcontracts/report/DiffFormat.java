package dev.eventcontracts.report;

import dev.eventcontracts.diff.ContractDiff;

/** The forms {@code catalog diff} prints: markdown for a pull request, text, JSON for tools. */
public enum DiffFormat implements OutputFormat {
  /** GitHub-flavoured markdown for a pull-request comment, within GitHub's size limit. */
  MARKDOWN,
  /** Plain text for a terminal, nothing cut. */
  TEXT,
  /** A stable JSON document for tools. */
  JSON;

  public String render(ContractDiff diff) {
    return switch (this) {
      case MARKDOWN -> new DiffMarkdown().render(diff);
      case TEXT -> DiffText.render(diff);
      case JSON -> DiffJson.render(diff);
    };
  }

  @Override
  public String toString() {
    return id();
  }
}
