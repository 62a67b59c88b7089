package dev.eventcontracts.rule.verify;

import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.registry.RegistrySnapshot.SubjectState;
import dev.eventcontracts.registry.SchemaReference;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import dev.eventcontracts.rule.VerifyRule;
import java.util.Map;

/** A subject's latest version references other versions of its imports than Git holds. */
@RuleInfo(
    id = "SUBJECT_REFERENCE_DRIFT",
    category = Category.REGISTRY,
    summary = "The latest version of every subject references the versions of its imports in Git.")
public final class SubjectReferenceDrift implements VerifyRule {

  @Override
  public void check(RegistrySnapshot snapshot, Findings out) {
    for (SubjectState s : snapshot.subjects()) {
      if (s.latest() == null) {
        continue;
      }
      for (Map.Entry<String, Integer> expected : s.expectedReferences().entrySet()) {
        Integer actual = null;
        for (SchemaReference ref : s.latest().references()) {
          if (ref.name().equals(expected.getKey())) {
            actual = ref.version();
          }
        }
        if (actual == null || !actual.equals(expected.getValue())) {
          out.report(
              s.planned().location(),
              Verdicts.event(s),
              "Subject \""
                  + s.planned().subject()
                  + "\" version "
                  + s.latest().version()
                  + " references "
                  + expected.getKey()
                  + (actual == null ? " not at all" : " version " + actual)
                  + ", but the version holding the file in Git is "
                  + expected.getValue()
                  + "; run catalog deploy --env "
                  + snapshot.environment()
                  + ".");
        }
      }
    }
  }
}
