package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.EnumConstant;
import com.squareup.wire.schema.EnumType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "COMMENT_ENUM_VALUE",
    category = Category.COMMENTS,
    summary = "Every enum value has a non-empty comment saying what it means.")
public final class CommentEnumValue implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (EnumType enumType : ProtoElements.enums(catalog.protos())) {
      for (EnumConstant value : enumType.getConstants()) {
        if (!ProtoElements.documented(value.getDocumentation())) {
          out.report(
              catalog.protos().locate(value.getLocation()),
              null,
              "Enum value \""
                  + value.getName()
                  + "\" of enum \""
                  + enumType.getType()
                  + "\" should have a non-empty comment for documentation; write on the line"
                  + " above it what it means.");
        }
      }
    }
  }
}
