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

  static RuleRun apply(List<Finding> findings, List<ApprovedBreak> exceptions, LocalDate today) {
    List<ApprovedBreak> usable = new ArrayList<>();
    List<ApprovedBreak> expired = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ApprovedBreak exception : exceptions) {
      List<String> lacks = lacks(exception);
      if (!lacks.isEmpty()) {
        notes.add(
            "Exception at "
                + exception.location()
                + " is not applied: it has no "
                + String.join(", no ", lacks)
                + ".");
      } else if (today.isAfter(exception.expires())) {
        expired.add(exception);
        notes.add(
            "Exception at "
                + exception.location()
                + " for "
                + exception.rule()
                + target(exception)
                + " expired on "
                + exception.expires()
                + " and no longer applies.");
      } else {
        usable.add(exception);
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
      ApprovedBreak exception = usable.get(match);
      applied.add(new RuleRun.Applied(exception, finding));
      notes.add(
          "Approved exception at "
              + exception.location()
              + " let through "
              + finding.rule()
              + " at "
              + finding.location()
              + ": "
              + finding.message()
              + " Reason: \""
              + exception.reason()
              + "\", approved by "
              + exception.approvedBy()
              + ", until "
              + exception.expires()
              + ".");
    }
    for (int i = 0; i < usable.size(); i++) {
      if (!used[i]) {
        ApprovedBreak exception = usable.get(i);
        notes.add(
            "Exception at "
                + exception.location()
                + " for "
                + exception.rule()
                + target(exception)
                + " matched no finding; remove it once the break has shipped.");
      }
    }
    return new RuleRun(remaining, applied, expired, notes);
  }

  /** What an exception must name to be applied. */
  public static List<String> lacks(ApprovedBreak exception) {
    List<String> lacks = new ArrayList<>();
    if (blank(exception.rule())) {
      lacks.add("rule");
    }
    if (blank(exception.event()) && blank(exception.path())) {
      lacks.add("event or path");
    }
    if (blank(exception.reason())) {
      lacks.add("reason");
    }
    if (blank(exception.approvedBy())) {
      lacks.add("approvedBy");
    }
    if (exception.expires() == null) {
      lacks.add("expires date");
    }
    return lacks;
  }

  private static boolean matches(ApprovedBreak exception, Finding finding) {
    if (!exception.rule().equals(finding.rule())) {
      return false;
    }
    if (!blank(exception.event()) && !exception.event().equals(finding.event())) {
      return false;
    }
    return blank(exception.path())
        || new PathGlob(exception.path()).matches(finding.location().path());
  }

  private static String target(ApprovedBreak exception) {
    StringBuilder target = new StringBuilder();
    if (!blank(exception.event())) {
      target.append(" on event \"").append(exception.event()).append('"');
    }
    if (!blank(exception.path())) {
      target.append(" under \"").append(exception.path()).append('"');
    }
    return target.toString();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
