package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "COMMENT_ONEOF",
    category = Category.COMMENTS,
    summary = "Every oneof has a non-empty comment saying what choice its fields make.")
public final class CommentOneof implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (MessageType message : catalog.protos().messages()) {
      for (OneOf oneOf : message.getOneOfs()) {
        if (!ProtoElements.documented(oneOf.getDocumentation())) {
          out.report(
              catalog.protos().locate(oneOf.getLocation()),
              null,
              "Oneof \""
                  + oneOf.getName()
                  + "\" on message \""
                  + message.getType()
                  + "\" should have a non-empty comment for documentation; write on the line"
                  + " above it what choice its fields make.");
        }
      }
    }
  }
}
