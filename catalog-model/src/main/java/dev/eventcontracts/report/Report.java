package dev.eventcontracts.report;

import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.RuleMeta;
import dev.eventcontracts.rule.Severity;
import java.util.List;

/**
 * What a command found, ready to render: the command name, the rules it ran (for SARIF and JUnit
 * metadata), its findings sorted, and notes a user must see even when nothing failed (such as
 * approved breaking-change exceptions that were applied).
 */
public record Report(
    String command, List<RuleMeta> rules, List<Finding> findings, List<String> notes) {

  public Report {
    rules = List.copyOf(rules);
    findings = findings.stream().sorted().toList();
    notes = List.copyOf(notes);
  }

  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }
}
