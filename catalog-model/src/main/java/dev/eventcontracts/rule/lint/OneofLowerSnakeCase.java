package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "ONEOF_LOWER_SNAKE_CASE",
    category = Category.NAMING,
    summary = "A oneof name is lower_snake_case, such as payment_method.")
public final class OneofLowerSnakeCase implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (MessageType message : catalog.protos().messages()) {
      for (OneOf oneOf : message.getOneOfs()) {
        String name = oneOf.getName();
        if (!ProtoCase.isLowerSnake(name)) {
          out.report(
              catalog.protos().locate(oneOf.getLocation()),
              null,
              "Oneof name \""
                  + name
                  + "\" should be lower_snake_case, such as \""
                  + ProtoCase.toLowerSnake(name)
                  + "\".");
        }
      }
    }
  }
}
