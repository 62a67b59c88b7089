package dev.eventcontracts.docs;

import static dev.eventcontracts.docs.Html.badge;
import static dev.eventcontracts.docs.Html.esc;
import static dev.eventcontracts.docs.Html.link;

import dev.eventcontracts.diff.Approval;
import dev.eventcontracts.diff.Change;
import dev.eventcontracts.diff.ChangeKind;
import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.diff.EventDiff;
import dev.eventcontracts.rule.Finding;

/** The contract diff against a reference as HTML: what {@code catalog diff} says, as a page. */
final class ChangesPage {

  private ChangesPage() {}

  static String kindBadge(EventDiff diff) {
    String kind = diff.isBreaking() ? "breaking" : diff.kind().id();
    return badge("change-" + kind, kind);
  }

  static String body(ContractDiff diff, CatalogIndex index, String root) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<h1>Changes</h1>\n<p class=\"lead\">Against <code>")
        .append(esc(diff.against()))
        .append("</code>: ")
        .append(diff.count(ChangeKind.ADDED))
        .append(" added, ")
        .append(diff.count(ChangeKind.CHANGED))
        .append(" changed, ")
        .append(diff.count(ChangeKind.REMOVED))
        .append(" removed; ")
        .append(diff.breakingCount())
        .append(" breaking findings.</p>\n");
    if (diff.isEmpty()) {
      b.append("<p class=\"empty\">No contract changed.</p>\n");
    }
    for (EventDiff event : diff.events()) {
      b.append("<section class=\"change\"><h2>")
          .append(kindBadge(event))
          .append(' ')
          .append(
              event.kind() != ChangeKind.REMOVED && index.eventsByName.containsKey(event.name())
                  ? link(root + SitePaths.event(event.name()), event.name())
                  : esc(event.name()))
          .append("</h2>\n");
      if (!event.changes().isEmpty()) {
        changeTable(b, event.changes());
      }
      findings(b, event.breaking());
      if (!event.affectedConsumers().isEmpty()) {
        b.append("<p>Affected consumers: ");
        event
            .affectedConsumers()
            .forEach(c -> b.append(link(root + SitePaths.service(c), c)).append(' '));
        b.append("</p>\n");
      }
      b.append("</section>\n");
    }
    if (!diff.catalogChanges().isEmpty()) {
      b.append("<section class=\"change\"><h2>Catalog header contract</h2>\n");
      changeTable(b, diff.catalogChanges());
      b.append("</section>\n");
    }
    if (!diff.otherBreaking().isEmpty()) {
      b.append("<h2>Other breaking findings</h2>\n");
      findings(b, diff.otherBreaking());
    }
    if (!diff.approvals().isEmpty()) {
      b.append("<h2>Approvals needed</h2>\n<ul>");
      for (Approval approval : diff.approvals()) {
        b.append("<li>")
            .append(link(root + SitePaths.team(approval.team()), approval.team()))
            .append(" <code>")
            .append(esc(approval.handle()))
            .append("</code> (")
            .append(esc(approval.role().id()))
            .append(")</li>");
      }
      b.append("</ul>\n");
    }
    for (String note : diff.notes()) {
      b.append("<p class=\"callout\">").append(esc(note)).append("</p>\n");
    }
    return b.toString();
  }

  private static void changeTable(StringBuilder b, java.util.List<Change> changes) {
    b.append("<table><thead><tr><th>What</th><th>Element</th><th>Before</th><th>After</th>")
        .append("</tr></thead><tbody>\n");
    for (Change change : changes) {
      b.append("<tr><td>")
          .append(esc(change.label()))
          .append("</td><td><code>")
          .append(esc(change.element()))
          .append("</code></td><td>")
          .append(esc(change.before()))
          .append("</td><td>")
          .append(esc(change.after()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  private static void findings(StringBuilder b, java.util.List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    b.append("<ul class=\"findings\">");
    for (Finding f : findings) {
      b.append("<li>")
          .append(badge("severity-" + f.severity().id(), f.rule()))
          .append(' ')
          .append(esc(f.message()))
          .append(" <code>")
          .append(esc(f.location() == null ? "" : f.location().toString()))
          .append("</code></li>");
    }
    b.append("</ul>\n");
  }
}
