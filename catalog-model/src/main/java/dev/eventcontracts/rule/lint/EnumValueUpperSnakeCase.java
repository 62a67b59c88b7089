package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "ENUM_VALUE_UPPER_SNAKE_CASE",
    category = Category.NAMING,
    summary = "An enum value name is UPPER_SNAKE_CASE, such as DELIVERY_STATUS_SENT.")
public final class EnumValueUpperSnakeCase implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (EnumType enumType : ProtoElements.enums(catalog.protos())) {
      for (EnumConstant value : enumType.getConstants()) {
        String name = value.getName();
        if (!ProtoCase.isUpperSnake(name)) {
          out.report(
              catalog.protos().locate(value.getLocation()),
              null,
              "Enum value name \""
                  + name
                  + "\" should be UPPER_SNAKE_CASE, such as \""
                  + ProtoCase.toUpperSnake(name)
                  + "\".");
        }
      }
    }
  }
}
