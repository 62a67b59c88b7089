package dev.eventcontracts.rule.verify;

import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.Severity;
import dev.eventcontracts.rule.VerifyRule;

/** A subject in the registry that no event or import of the catalog accounts for. */
@RuleInfo(
    id = "SUBJECT_UNMANAGED",
    category = Category.REGISTRY,
    severity = Severity.WARNING,
    summary = "Every subject in the registry is managed by the catalog (an error with --strict).")
public final class SubjectUnmanaged implements VerifyRule {

  @Override
  public void check(RegistrySnapshot snapshot, Findings out) {
    for (String subject : snapshot.unmanaged()) {
      out.report(
          snapshot.environmentLocation(),
          null,
          "Subject \""
              + subject
              + "\" in "
              + snapshot.environment()
              + " is not managed by the catalog; add its event to the catalog or delete it.");
    }
  }
}
