package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "ENUM_VALUE_PREFIX",
    category = Category.NAMING,
    summary =
        "Enum value names start with the enum name in UPPER_SNAKE_CASE, such as"
            + " DELIVERY_STATUS_SENT in DeliveryStatus, as enum values share their package's"
            + " namespace.")
public final class EnumValuePrefix implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (EnumType enumType : ProtoElements.enums(catalog.protos())) {
      String prefix = ProtoCase.toUpperSnake(enumType.getName()) + "_";
      for (EnumConstant value : enumType.getConstants()) {
        String name = value.getName();
        if (!name.startsWith(prefix)) {
          out.report(
              catalog.protos().locate(value.getLocation()),
              null,
              "Enum value name \""
                  + name
                  + "\" should be prefixed with \""
                  + prefix
                  + "\", such as \""
                  + prefix
                  + ProtoCase.toUpperSnake(name)
                  + "\".");
        }
      }
    }
  }
}
