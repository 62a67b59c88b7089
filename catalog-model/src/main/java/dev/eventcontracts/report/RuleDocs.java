package dev.eventcontracts.report;

import java.util.Locale;

/**
 * Where a rule is documented: its entry in {@code docs/rules.md}, which {@code catalog rules
 * --format markdown} writes, as an anchor and as the address GitHub shows it at. SARIF, the rules
 * JSON and the markdown itself take it from here, so a link never points at a missing anchor.
 */
public final class RuleDocs {

  /** The document, relative to the repository root. */
  public static final String DOCUMENT = "docs/rules.md";

  private RuleDocs() {}

  /** {@code FIELD_NO_DELETE} → {@code field_no_delete}, in lower case as GitHub's anchors are. */
  static String anchor(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  /** The rule's entry on GitHub, below the tool's {@code informationUri}. */
  public static String helpUri(String id) {
    return Tool.current().informationUri() + "/blob/main/" + DOCUMENT + "#" + anchor(id);
  }
}
