package dev.eventcontracts.rule.load;

import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.load.LoadIssue;
import dev.eventcontracts.rule.Findings;

/** How every load rule reports: each issue of its kind, as the loader wrote it. */
final class LoadIssues {

  private LoadIssues() {}

  static void report(CatalogLoader.Loaded loaded, LoadIssue.Kind kind, Findings out) {
    for (LoadIssue issue : loaded.issues()) {
      if (issue.kind() == kind) {
        out.report(issue.location(), issue.event(), issue.message());
      }
    }
  }
}
