package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.EnumType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "ENUM_PASCAL_CASE",
    category = Category.NAMING,
    summary = "An enum name is PascalCase, such as DeliveryStatus.")
public final class EnumPascalCase implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (EnumType enumType : ProtoElements.enums(catalog.protos())) {
      String name = enumType.getName();
      if (!ProtoCase.isPascal(name)) {
        out.report(
            catalog.protos().locate(enumType.getLocation()),
            null,
            "Enum name \""
                + name
                + "\" should be PascalCase, such as \""
                + ProtoCase.toPascal(name)
                + "\".");
      }
    }
  }
}
