package dev.eventcontracts.rule;

import dev.eventcontracts.model.ApprovedBreak;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the reviewed breaks of {@code breaking.exceptions}: a complete, unexpired entry lets the
 * findings of its rule on its event and/or path through. Nothing passes silently: every finding let
 * through, every expired or incomplete entry and every entry that matched nothing becomes a note.
 */
public final class ApprovedBreaks {

  private ApprovedBreaks() {}

  static RuleRun apply(List<Finding> findings, List<ApprovedBreak> approvals, LocalDate today) {
    List<ApprovedBreak> usable = new ArrayList<>();
    List<ApprovedBreak> expired = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ApprovedBreak approval : approvals) {
      List<String> lacks = lacks(approval);
      if (!lacks.isEmpty()) {
        notes.add(
            "Exception at "
                + approval.location()
                + " is not applied: it has no "
                + String.join(", no ", lacks)
                + ".");
      } else if (today.isAfter(approval.expires())) {
        expired.add(approval);
        notes.add(
            "Exception at "
                + approval.location()
                + " for "
                + approval.rule()
                + target(approval)
                + " expired on "
                + approval.expires()
                + " and no longer applies.");
      } else {
        usable.add(approval);
      }
    }
    List<Finding> remaining = new ArrayList<>();
    List<RuleRun.Applied> applied = new ArrayList<>();
    boolean[] used = new boolean[usable.size()];
    for (Finding finding : findings) {
      int match = -1;
      for (int i = 0; i < usable.size() && match < 0; i++) {
        if (matches(usable.get(i), finding)) {
          match = i;
        }
      }
      if (match < 0) {
        remaining.add(finding);
        continue;
      }
      used[match] = true;
      ApprovedBreak approval = usable.get(match);
      applied.add(new RuleRun.Applied(approval, finding));
      notes.add(
          "Approved exception at "
              + approval.location()
              + " let through "
              + finding.rule()
              + " at "
              + finding.location()
              + ": "
              + finding.message()
              + " Reason: \""
              + approval.reason()
              + "\", approved by "
              + approval.approvedBy()
              + ", until "
              + approval.expires()
              + ".");
    }
    for (int i = 0; i < usable.size(); i++) {
      if (!used[i]) {
        ApprovedBreak approval = usable.get(i);
        notes.add(
            "Exception at "
                + approval.location()
                + " for "
                + approval.rule()
                + target(approval)
                + " matched no finding; remove it once the break has shipped.");
      }
    }
    return new RuleRun(remaining, applied, expired, notes);
  }

  /** What an approval must name to be applied. */
  public static List<String> lacks(ApprovedBreak approval) {
    List<String> lacks = new ArrayList<>();
    if (blank(approval.rule())) {
      lacks.add("rule");
    }
    if (blank(approval.event()) && blank(approval.path())) {
      lacks.add("event or path");
    }
    if (blank(approval.reason())) {
      lacks.add("reason");
    }
    if (blank(approval.approvedBy())) {
      lacks.add("approvedBy");
    }
    if (approval.expires() == null) {
      lacks.add("expires date");
    }
    return lacks;
  }

  private static boolean matches(ApprovedBreak approval, Finding finding) {
    if (!approval.rule().equals(finding.rule())) {
      return false;
    }
    if (!blank(approval.event()) && !approval.event().equals(finding.event())) {
      return false;
    }
    return blank(approval.path())
        || new PathGlob(approval.path()).matches(finding.location().path());
  }

  private static String target(ApprovedBreak approval) {
    StringBuilder target = new StringBuilder();
    if (!blank(approval.event())) {
      target.append(" on event \"").append(approval.event()).append('"');
    }
    if (!blank(approval.path())) {
      target.append(" under \"").append(approval.path()).append('"');
    }
    return target.toString();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
