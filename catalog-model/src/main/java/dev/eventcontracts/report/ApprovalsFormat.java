package dev.eventcontracts.report;

import dev.eventcontracts.approvals.ApprovalStatus;

/** The forms {@code catalog approvals} prints: text for a terminal, markdown for a PR, JSON. */
public enum ApprovalsFormat implements OutputFormat {
  /** Plain text: a verdict, then one line per team. */
  TEXT,
  /** GitHub-flavoured markdown for a pull-request comment or job summary: one table of teams. */
  MARKDOWN,
  /** A stable JSON document for tools. */
  JSON;

  public String render(ApprovalStatus status) {
    return switch (this) {
      case TEXT -> ApprovalsText.render(status);
      case MARKDOWN -> ApprovalsMarkdown.render(status);
      case JSON -> ApprovalsJson.render(status);
    };
  }

  @Override
  public String toString() {
    return id();
  }
}
