package dev.eventcontracts.load;

import dev.eventcontracts.model.SourceLocation;
import java.util.Comparator;

/**
 * Something a catalog file says wrong that still leaves it readable: a duplicate or unknown key, a
 * missing one, a value of the wrong type. The load rules report these as findings, so they are
 * configured like every other rule.
 */
public record LoadIssue(Kind kind, SourceLocation location, String event, String message)
    implements Comparable<LoadIssue> {

  /** What kind of mistake; each kind is reported by one load rule. */
  public enum Kind {
    DUPLICATE_KEY,
    UNKNOWN_KEY,
    REQUIRED_KEY,
    VALUE_TYPE
  }

  private static final Comparator<LoadIssue> ORDER =
      Comparator.comparing(LoadIssue::location)
          .thenComparing(LoadIssue::kind)
          .thenComparing(LoadIssue::message);

  @Override
  public int compareTo(LoadIssue other) {
    return ORDER.compare(this, other);
  }
}
