package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.model.Features;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * A string field whose parsers verify UTF-8 (proto3, editions' default) rejects data that is not
 * valid UTF-8; one that does not (proto2, {@code features.utf8_validation = NONE}) accepts it.
 * Turning the check off lets writers produce strings old verifying readers reject; turning it on
 * makes new readers reject old strings that were never checked. JSON text is always valid Unicode,
 * so only binary encoding is at stake.
 */
@RuleInfo(
    id = "FIELD_SAME_UTF8_VALIDATION",
    category = Category.WIRE,
    summary = "A string field keeps its UTF-8 validation (VERIFY or NONE) in binary encoding.")
public final class FieldSameUtf8Validation implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (FieldPair field : pair.fields()) {
      if (field.use().json()
          || !field.before().getType().toString().equals("string")
          || !field.after().getType().toString().equals("string")) {
        continue;
      }
      Features.Utf8Validation was = pair.then(field).utf8Validation();
      Features.Utf8Validation is = pair.now(field).utf8Validation();
      if (was == is) {
        continue;
      }
      boolean verifiesNow = is == Features.Utf8Validation.VERIFY;
      if (field.use().breaks(verifiesNow, !verifiesNow)) {
        out.report(
            pair.now(field.after().getLocation()),
            field.use().event(),
            field.describe()
                + " changed UTF-8 validation from \""
                + was
                + "\" to \""
                + is
                + "\"; "
                + (verifiesNow
                    ? "strings written before were not checked, and new readers reject invalid"
                        + " UTF-8."
                    : "strings written now are not checked, and old readers reject invalid"
                        + " UTF-8."));
      }
    }
  }
}
