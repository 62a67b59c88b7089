package dev.eventcontracts.contracts;

import dev.eventcontracts.diff.Aspect;
import dev.eventcontracts.diff.Change;
import dev.eventcontracts.diff.ChangeKind;
import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.diff.EventDiff;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The next version of a catalog's contracts, and why: major when the breaking check finds a break
 * or an approved exception lets one through; minor when an event, a field, an enum value or a topic
 * was added; patch otherwise (decision 0011).
 *
 * @param current the version of the reference
 * @param bump which number goes up
 * @param next the version after it
 * @param reasons one line per change that decided the bump, or the one line saying why it is a
 *     patch
 */
public record ContractVersion(
    SemanticVersion current, Bump bump, SemanticVersion next, List<String> reasons) {

  /** Which part of the version a change raises. */
  public enum Bump {
    MAJOR,
    MINOR,
    PATCH;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What adds to the contracts without breaking them: a minor version. */
  private static final Set<Aspect> ADDITIONS =
      Set.of(Aspect.TOPIC, Aspect.FIELD, Aspect.ENUM_VALUE);

  public ContractVersion {
    reasons = List.copyOf(reasons);
  }

  /**
   * @param breaks the findings the breaking check reports (those at error severity break)
   * @param letThrough the breaks approved exceptions let through
   * @param diff the contract diff against the same reference
   */
  public static ContractVersion next(
      SemanticVersion current, List<Finding> breaks, List<Finding> letThrough, ContractDiff diff) {
    List<String> major = new ArrayList<>();
    for (Finding finding : breaks) {
      if (finding.severity() == Severity.ERROR) {
        major.add("breaks: " + line(finding));
      }
    }
    for (Finding finding : letThrough) {
      major.add("breaks, let through by an approved exception: " + line(finding));
    }
    if (!major.isEmpty()) {
      return new ContractVersion(current, Bump.MAJOR, current.nextMajor(), major);
    }
    List<String> minor = new ArrayList<>();
    for (EventDiff event : diff.events()) {
      if (event.kind() == ChangeKind.ADDED) {
        minor.add("event added: " + event.name());
        continue;
      }
      for (Change change : event.changes()) {
        if (change.kind() == ChangeKind.ADDED && ADDITIONS.contains(change.aspect())) {
          String what = change.after() == null ? "" : " (" + change.after() + ")";
          minor.add(change.label() + ": " + event.name() + " " + change.element() + what);
        }
      }
    }
    if (!minor.isEmpty()) {
      return new ContractVersion(current, Bump.MINOR, current.nextMinor(), minor);
    }
    long changes = diff.events().stream().mapToLong(e -> e.changes().size()).sum();
    String why =
        changes == 0
            ? "no contract changed"
            : changes
                + (changes == 1 ? " change" : " changes")
                + " that neither breaks nor adds an event, field, enum value or topic";
    return new ContractVersion(current, Bump.PATCH, current.nextPatch(), List.of(why));
  }

  private static String line(Finding finding) {
    String where = finding.location().toString();
    String what = finding.rule() + " " + finding.message();
    return where.isEmpty() ? what : where + ": " + what;
  }
}
