package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.EnumType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "COMMENT_ENUM",
    category = Category.COMMENTS,
    summary = "Every enum has a non-empty comment saying what it classifies.")
public final class CommentEnum implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (EnumType enumType : ProtoElements.enums(catalog.protos())) {
      if (!ProtoElements.documented(enumType.getDocumentation())) {
        out.report(
            catalog.protos().locate(enumType.getLocation()),
            null,
            "Enum \""
                + enumType.getType()
                + "\" should have a non-empty comment for documentation; write on the line above"
                + " it what it classifies.");
      }
    }
  }
}
