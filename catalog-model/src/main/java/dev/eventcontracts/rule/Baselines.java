package dev.eventcontracts.rule;

import dev.eventcontracts.model.LintBaseline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a lint baseline: each entry covers one finding with its rule, path and message
 * fingerprint. Covered findings no longer count, but the report says how many there were, and every
 * entry that covered nothing is a note, so the baseline shrinks as findings are fixed.
 */
final class Baselines {

  private Baselines() {}

  static RuleRun apply(RuleRun run, LintBaseline baseline) {
    // Entries by key, in file order; each is used once, so two equal findings need two entries.
    Map<String, List<LintBaseline.Entry>> open = new LinkedHashMap<>();
    for (LintBaseline.Entry entry : baseline.entries()) {
      open.computeIfAbsent(
              key(entry.rule(), entry.path(), entry.fingerprint()), k -> new ArrayList<>())
          .add(entry);
    }
    List<Finding> remaining = new ArrayList<>();
    int covered = 0;
    for (Finding finding : run.findings()) {
      List<LintBaseline.Entry> entries =
          open.get(
              key(
                  finding.rule(),
                  finding.location().path(),
                  LintBaseline.fingerprint(finding.message())));
      if (entries == null || entries.isEmpty()) {
        remaining.add(finding);
      } else {
        entries.remove(0);
        covered++;
      }
    }
    List<String> notes = new ArrayList<>(run.notes());
    if (covered > 0) {
      notes.add(
          covered
              + (covered == 1 ? " finding" : " findings")
              + " in the baseline ("
              + baseline.file()
              + ").");
    }
    open.values().stream()
        .flatMap(List::stream)
        .sorted((a, b) -> a.location().compareTo(b.location()))
        .forEach(
            entry ->
                notes.add(
                    "Baseline entry at "
                        + entry.location()
                        + " for "
                        + entry.rule()
                        + " in "
                        + entry.path()
                        + " matches no finding any more; run catalog baseline to drop it."));
    return new RuleRun(remaining, run.applied(), run.expired(), notes);
  }

  private static String key(String rule, String path, String fingerprint) {
    return rule + '\u0000' + path + '\u0000' + fingerprint;
  }
}
