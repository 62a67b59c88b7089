package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "ENUM_ZERO_VALUE_SUFFIX",
    category = Category.NAMING,
    summary =
        "The zero value of an enum ends in _UNSPECIFIED, so a reader can tell an unset field"
            + " from a chosen value.")
public final class EnumZeroValueSuffix implements LintRule {

  private static final String SUFFIX = "_UNSPECIFIED";

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (EnumType enumType : ProtoElements.enums(catalog.protos())) {
      // The first value numbered 0 is the default; later aliases of 0 are not.
      EnumConstant zero =
          enumType.getConstants().stream().filter(c -> c.getTag() == 0).findFirst().orElse(null);
      if (zero != null && !zero.getName().endsWith(SUFFIX)) {
        out.report(
            catalog.protos().locate(zero.getLocation()),
            null,
            "Enum zero value name \""
                + zero.getName()
                + "\" should be suffixed with \""
                + SUFFIX
                + "\", such as \""
                + ProtoCase.toUpperSnake(enumType.getName())
                + SUFFIX
                + "\".");
      }
    }
  }
}
