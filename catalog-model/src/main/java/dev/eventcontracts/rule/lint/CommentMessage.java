package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.MessageType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "COMMENT_MESSAGE",
    category = Category.COMMENTS,
    summary =
        "Every message has a non-empty comment: events are products, documented for consumers.")
public final class CommentMessage implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (MessageType message : catalog.protos().messages()) {
      if (!ProtoElements.documented(message.getDocumentation())) {
        out.report(
            catalog.protos().locate(message.getLocation()),
            null,
            "Message \""
                + message.getType()
                + "\" should have a non-empty comment for documentation; write on the line above"
                + " it what it represents.");
      }
    }
  }
}
