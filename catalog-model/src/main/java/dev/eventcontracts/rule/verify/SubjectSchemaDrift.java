package dev.eventcontracts.rule.verify;

import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.registry.RegistrySnapshot.SubjectState;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.VerifyRule;

/** The latest version of a subject holds another schema than the catalog's file. */
@RuleInfo(
    id = "SUBJECT_SCHEMA_DRIFT",
    category = Category.REGISTRY,
    summary = "The latest version of every subject holds the schema kept in Git.")
public final class SubjectSchemaDrift implements VerifyRule {

  @Override
  public void check(RegistrySnapshot snapshot, Findings out) {
    for (SubjectState s : snapshot.subjects()) {
      if (s.latest() == null) {
        continue;
      }
      int latest = s.latest().version();
      String subject = "Subject \"" + s.planned().subject() + "\"";
      if (s.gitVersion() == null) {
        out.report(
            s.planned().location(),
            Verdicts.event(s),
            subject
                + " version "
                + latest
                + " in "
                + snapshot.environment()
                + " differs from "
                + s.planned().schemaPath()
                + " in Git; deploy the catalog, or bring the change back into Git.");
      } else if (s.gitVersion() != latest) {
        out.report(
            s.planned().location(),
            Verdicts.event(s),
            subject
                + " holds the schema of "
                + s.planned().schemaPath()
                + " as version "
                + s.gitVersion()
                + ", but its latest version "
                + latest
                + " in "
                + snapshot.environment()
                + " was registered outside the catalog.");
      }
    }
  }
}
