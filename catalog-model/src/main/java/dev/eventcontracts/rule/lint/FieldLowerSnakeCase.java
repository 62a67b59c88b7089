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
    id = "FIELD_LOWER_SNAKE_CASE",
    category = Category.NAMING,
    summary = "A field name (extensions included) is lower_snake_case, such as tenant_id.")
public final class FieldLowerSnakeCase implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    ProtoSchema protos = catalog.protos();
    if (protos == null) {
      return;
    }
    for (MessageType message : protos.messages()) {
      for (Field field : ProtoElements.fields(message)) {
        check(protos, field, out);
      }
    }
    for (Field extension : ProtoElements.extensionFields(protos)) {
      check(protos, extension, out);
    }
  }

  private static void check(ProtoSchema protos, Field field, Findings out) {
    String name = field.getName();
    if (!ProtoCase.isLowerSnake(name)) {
      out.report(
          protos.locate(field.getLocation()),
          null,
          "Field name \""
              + name
              + "\" should be lower_snake_case, such as \""
              + ProtoCase.toLowerSnake(name)
              + "\".");
    }
  }
}
