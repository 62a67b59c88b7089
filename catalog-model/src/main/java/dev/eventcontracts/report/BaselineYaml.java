package dev.eventcontracts.report;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.eventcontracts.model.LintBaseline;
import dev.eventcontracts.rule.Finding;
import java.util.List;

/**
 * The lint baseline file {@code catalog baseline} writes: one entry per finding, sorted as findings
 * are, so writing it twice gives the same bytes. Strings are written double-quoted (JSON's escaping
 * is valid YAML), so no message can break the file.
 */
public final class BaselineYaml {

  private BaselineYaml() {}

  public static String render(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    out.append("# Lint findings accepted for now, written by `catalog baseline`; do not edit.\n")
        .append("# An entry covers one finding with the same rule, path and message fingerprint")
        .append(" (lines do not count).\n")
        .append("# Fix a finding and `catalog lint` notes its entry as stale; rerun")
        .append(" `catalog baseline` to drop it.\n");
    if (findings.isEmpty()) {
      return out.append("findings: []\n").toString();
    }
    out.append("findings:\n");
    for (Finding finding : findings.stream().sorted().toList()) {
      out.append("  - rule: ").append(finding.rule()).append('\n');
      out.append("    path: ").append(quoted(finding.location().path())).append('\n');
      out.append("    fingerprint: ")
          .append(LintBaseline.fingerprint(finding.message()))
          .append('\n');
      out.append("    message: ").append(quoted(finding.message())).append('\n');
    }
    return out.toString();
  }

  private static String quoted(String text) {
    return new TextNode(text).toString();
  }
}
