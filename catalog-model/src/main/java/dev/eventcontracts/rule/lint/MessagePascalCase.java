package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.MessageType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "MESSAGE_PASCAL_CASE",
    category = Category.NAMING,
    summary = "A message name is PascalCase, such as MessageSent.")
public final class MessagePascalCase implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (MessageType message : catalog.protos().messages()) {
      String name = message.getType().getSimpleName();
      if (!ProtoCase.isPascal(name)) {
        out.report(
            catalog.protos().locate(message.getLocation()),
            null,
            "Message name \""
                + name
                + "\" should be PascalCase, such as \""
                + ProtoCase.toPascal(name)
                + "\".");
      }
    }
  }
}
