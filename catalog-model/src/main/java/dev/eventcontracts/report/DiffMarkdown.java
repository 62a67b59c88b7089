package dev.eventcontracts.report;

import dev.eventcontracts.diff.Approval;
import dev.eventcontracts.diff.Approval.Reason;
import dev.eventcontracts.diff.Change;
import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.diff.EventDiff;
import dev.eventcontracts.rule.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The contract diff as GitHub-flavoured markdown, for a pull-request comment or a job summary: a
 * one-line verdict, a table of changed events, the approvals, then one section per event.
 *
 * <p>Every value from the catalog is quoted as code, in a form no {@code |} or backtick can break
 * out of, so names cannot break the layout. The whole stays under GitHub's 65,536-character limit
 * for a comment: long lists are cut with a count of what was left out, and event sections that no
 * longer fit are left out with a note that says how many and how to see them.
 */
public final class DiffMarkdown {

  /** GitHub refuses comments longer than this many characters. */
  public static final int GITHUB_COMMENT_LIMIT = 65_536;

  static final int MAX_TABLE_ROWS = 200;
  static final int MAX_CHANGES_PER_EVENT = 100;
  static final int MAX_FINDINGS_PER_EVENT = 50;
  static final int MAX_NAMES = 10;

  /** Room kept for the note that says what was left out. */
  private static final int RESERVE = 400;

  private static final Pattern PLAIN_HANDLE = Pattern.compile("[A-Za-z0-9@/._-]+");

  private final int limit;

  public DiffMarkdown() {
    this(GITHUB_COMMENT_LIMIT);
  }

  /** A renderer that keeps its output within {@code limit} characters. */
  public DiffMarkdown(int limit) {
    this.limit = limit;
  }

  public String render(ContractDiff diff) {
    if (diff.isEmpty() && diff.noCatalogAt() == null) {
      return "No contract changes in "
          + code(diff.catalog())
          + " against "
          + code(diff.against())
          + ".\n";
    }
    StringBuilder out = new StringBuilder();
    out.append(verdict(diff)).append("\n\n");
    eventTable(diff, out);
    catalogChanges(diff, out);
    approvals(diff, out);
    otherBreaking(diff, out);
    notes(diff, out);
    List<EventDiff> events = diff.events();
    int shown = 0;
    for (EventDiff event : events) {
      String section = section(event);
      if (out.length() + section.length() + RESERVE > limit) {
        break;
      }
      out.append(section);
      shown++;
    }
    if (shown < events.size()) {
      int left = events.size() - shown;
      out.append("_Details of ")
          .append(count(left, "more event"))
          .append(" left out to stay within GitHub's comment size limit; run `catalog diff")
          .append(" --format text` to see them all._\n");
    }
    if (out.length() > limit) {
      // Only a catalog of extraordinary names gets here: cut rather than be refused by GitHub.
      String note = "\n\n_Cut to stay within GitHub's comment size limit._\n";
      out.setLength(limit - note.length());
      out.append(note);
    }
    return out.toString();
  }

  private static String verdict(ContractDiff diff) {
    StringBuilder line = new StringBuilder(DiffWords.breaking(diff, text -> "**" + text + "**"));
    line.append("; ").append(DiffWords.eventCounts(diff));
    line.append(" against ").append(code(diff.against()));
    line.append(DiffWords.noCatalog(diff, DiffMarkdown::text));
    if (!diff.approvals().isEmpty()) {
      line.append(" — approval needed from ");
      List<String> handles = new ArrayList<>();
      for (Approval approval : diff.approvals()) {
        handles.add(handle(approval));
      }
      line.append(String.join(", ", handles));
    }
    return line.toString();
  }

  private static void eventTable(ContractDiff diff, StringBuilder out) {
    if (diff.events().isEmpty()) {
      return;
    }
    out.append("| Event | Change | Owner | Breaking | Consumers affected |\n");
    out.append("| --- | --- | --- | ---: | --- |\n");
    List<EventDiff> events = diff.events();
    int rows = Math.min(events.size(), MAX_TABLE_ROWS);
    for (EventDiff event : events.subList(0, rows)) {
      out.append("| ")
          .append(code(event.name()))
          .append(" | ")
          .append(changeSummary(event))
          .append(" | ")
          .append(ownerHandle(diff, event.owner()))
          .append(" | ")
          .append(event.breaking().size())
          .append(" | ")
          .append(codeList(event.affectedConsumers()))
          .append(" |\n");
    }
    leftOut(out, events.size() - rows, "more event", "");
    out.append('\n');
  }

  private static void catalogChanges(ContractDiff diff, StringBuilder out) {
    if (diff.catalogChanges().isEmpty()) {
      return;
    }
    out.append("**Catalog header contract** (every event's records)\n\n");
    changeTable(diff.catalogChanges(), out);
    out.append('\n');
  }

  private static void changeTable(List<Change> changes, StringBuilder out) {
    out.append("| Change | Element | Old | New |\n| --- | --- | --- | --- |\n");
    int shown = Math.min(changes.size(), MAX_CHANGES_PER_EVENT);
    for (Change change : changes.subList(0, shown)) {
      out.append("| ")
          .append(change.label())
          .append(" | ")
          .append(change.element().isEmpty() ? "" : code(change.element()))
          .append(" | ")
          .append(change.before() == null ? "" : code(change.before()))
          .append(" | ")
          .append(change.after() == null ? "" : code(change.after()))
          .append(" |\n");
    }
  }

  private static String changeSummary(EventDiff event) {
    return switch (event.kind()) {
      case ADDED -> "added";
      case REMOVED -> "removed";
      case CHANGED ->
          event.changes().isEmpty()
              ? "changed"
              : "changed (" + count(event.changes().size(), "change") + ")";
    };
  }

  private static void approvals(ContractDiff diff, StringBuilder out) {
    if (diff.approvals().isEmpty()) {
      return;
    }
    out.append("**Approvals**\n\n| Team | Why |\n| --- | --- |\n");
    for (Approval approval : diff.approvals()) {
      List<String> why = new ArrayList<>();
      for (Reason reason : approval.reasons()) {
        why.add(DiffWords.reason(reason, DiffMarkdown::code, DiffMarkdown::codeList));
      }
      out.append("| ")
          .append(handle(approval))
          .append(" | ")
          .append(String.join("; ", why))
          .append(" |\n");
    }
    out.append('\n');
  }

  private static void otherBreaking(ContractDiff diff, StringBuilder out) {
    if (diff.otherBreaking().isEmpty()) {
      return;
    }
    out.append("**Breaking changes outside events**\n\n");
    findings(diff.otherBreaking(), out);
    out.append('\n');
  }

  private static void notes(ContractDiff diff, StringBuilder out) {
    if (diff.notes().isEmpty()) {
      return;
    }
    out.append("**Notes**\n\n");
    int shown = Math.min(diff.notes().size(), MAX_FINDINGS_PER_EVENT);
    for (String note : diff.notes().subList(0, shown)) {
      out.append("- ").append(text(note)).append('\n');
    }
    if (shown < diff.notes().size()) {
      out.append("- _…and ").append(count(diff.notes().size() - shown, "more note")).append("_\n");
    }
    out.append('\n');
  }

  private static void findings(List<Finding> findings, StringBuilder out) {
    int shown = Math.min(findings.size(), MAX_FINDINGS_PER_EVENT);
    for (Finding finding : findings.subList(0, shown)) {
      out.append("- ")
          .append(code(finding.rule()))
          .append(' ')
          .append(code(finding.location().toString()))
          .append(' ')
          .append(text(finding.message()))
          .append('\n');
    }
    if (shown < findings.size()) {
      out.append("- _…and ").append(count(findings.size() - shown, "more finding")).append("_\n");
    }
  }

  private String section(EventDiff event) {
    StringBuilder out = new StringBuilder();
    out.append("### ").append(code(event.name())).append(" — ").append(event.kind().id());
    out.append("\n\n");
    if (event.file() != null) {
      out.append(code(event.file())).append("\n\n");
    }
    if (event.isBreaking()) {
      out.append("**").append(count(event.breaking().size(), "breaking change")).append("**");
      if (!event.affectedConsumers().isEmpty()) {
        out.append(", affecting ").append(codeList(event.affectedConsumers()));
      }
      out.append(":\n\n");
      findings(event.breaking(), out);
      out.append('\n');
    }
    List<Change> changes = event.changes();
    if (!changes.isEmpty()) {
      changeTable(changes, out);
      leftOut(
          out,
          changes.size() - Math.min(changes.size(), MAX_CHANGES_PER_EVENT),
          "more change",
          " to this event");
      out.append('\n');
    }
    return out.toString();
  }

  private static String ownerHandle(ContractDiff diff, String owner) {
    if (owner == null) {
      return "";
    }
    for (Approval approval : diff.approvals()) {
      if (approval.team().equals(owner)) {
        return handle(approval);
      }
    }
    return code(owner);
  }

  /** A GitHub handle as written, so GitHub links it; anything else quoted. */
  private static String handle(Approval approval) {
    String handle = approval.handle();
    return approval.github() != null && PLAIN_HANDLE.matcher(handle).matches()
        ? handle
        : code(handle);
  }

  private static String codeList(List<String> names) {
    List<String> quoted = new ArrayList<>();
    int shown = Math.min(names.size(), MAX_NAMES);
    for (String name : names.subList(0, shown)) {
      quoted.add(code(name));
    }
    if (shown < names.size()) {
      quoted.add("and " + (names.size() - shown) + " more");
    }
    return String.join(", ", quoted);
  }

  /**
   * A value quoted as code. A value holding a backtick or a {@code |} cannot be a code span: the
   * backtick would end it and GitHub splits table cells at every {@code |}, even inside code spans
   * (and a backslash before it is no sure escape). Such a value becomes a {@code <code>} element
   * with those characters, and every other markdown character, written as HTML entities.
   */
  static String code(String value) {
    String flat = value == null ? "" : value.replace("\r", " ").replace("\n", " ");
    if (flat.indexOf('`') < 0 && flat.indexOf('|') < 0) {
      return "`" + flat + "`";
    }
    StringBuilder out = new StringBuilder("<code>");
    for (char c : flat.toCharArray()) {
      if ("&<>|`*_[]\\~".indexOf(c) >= 0) {
        out.append("&#").append((int) c).append(';');
      } else {
        out.append(c);
      }
    }
    return out.append("</code>").toString();
  }

  /** Plain text with markdown's special characters escaped. */
  static String text(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : (value == null ? "" : value).toCharArray()) {
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else {
        if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code _…and 3 more events, listed by `catalog diff --format text`._} when any are left. */
  private static void leftOut(StringBuilder out, int left, String noun, String where) {
    if (left > 0) {
      out.append("\n_…and ")
          .append(count(left, noun))
          .append(where)
          .append(", listed by `catalog diff --format text`._\n");
    }
  }

  private static String count(long n, String noun) {
    return ReportSummary.count(n, noun);
  }
}
