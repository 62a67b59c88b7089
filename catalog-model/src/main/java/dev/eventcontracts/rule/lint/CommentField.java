package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "COMMENT_FIELD",
    category = Category.COMMENTS,
    summary =
        "Every field (extensions included) has a non-empty comment saying what it holds, with"
            + " units and formats where they matter.")
public final class CommentField implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    ProtoSchema protos = catalog.protos();
    if (protos == null) {
      return;
    }
    for (MessageType message : protos.messages()) {
      for (Field field : ProtoElements.fields(message)) {
        if (!ProtoElements.documented(field.getDocumentation())) {
          out.report(
              protos.locate(field.getLocation()),
              null,
              "Field \""
                  + field.getName()
                  + "\" on message \""
                  + message.getType()
                  + "\" should have a non-empty comment for documentation; write on the line"
                  + " above it what it holds.");
        }
      }
    }
    for (Field extension : ProtoElements.extensionFields(protos)) {
      if (!ProtoElements.documented(extension.getDocumentation())) {
        out.report(
            protos.locate(extension.getLocation()),
            null,
            "Extension \""
                + extension.getQualifiedName()
                + "\" should have a non-empty comment for documentation; write on the line above"
                + " it what it holds.");
      }
    }
  }
}
