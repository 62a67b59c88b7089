package dev.eventcontracts.rule;

import dev.eventcontracts.model.ApprovedBreak;
import java.util.List;

/**
 * What a run of rules found, after configuration: the findings that count (sorted), the findings
 * approved breaks let through, the approved breaks that expired, and the notes a user must read.
 */
public record RuleRun(
    List<Finding> findings,
    List<Applied> applied,
    List<ApprovedBreak> expired,
    List<String> notes) {

  /** A finding an approved break let through. */
  public record Applied(ApprovedBreak approval, Finding finding) {}

  public RuleRun {
    findings = findings.stream().sorted().toList();
    applied = List.copyOf(applied);
    expired = List.copyOf(expired);
    notes = List.copyOf(notes);
  }
}
