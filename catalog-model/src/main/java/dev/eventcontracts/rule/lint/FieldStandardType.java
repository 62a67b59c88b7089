package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.StandardAttribute;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.HashMap;
import java.util.Map;

@RuleInfo(
    id = "FIELD_STANDARD_TYPE",
    category = Category.GOVERNANCE,
    summary =
        "A field named as a standard attribute has its type, such as string for tenant_id or"
            + " google.protobuf.Timestamp for occurred_at, and is not repeated.")
public final class FieldStandardType implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null || catalog.settings().standardAttributes().isEmpty()) {
      return;
    }
    Map<String, String> typeByName = new HashMap<>();
    for (StandardAttribute attribute : catalog.settings().standardAttributes()) {
      if (attribute.type() != null && !attribute.type().isBlank()) {
        String type = attribute.type().strip();
        typeByName.putIfAbsent(attribute.name(), type.startsWith(".") ? type.substring(1) : type);
      }
    }
    for (MessageType message : catalog.protos().messages()) {
      for (Field field : ProtoElements.fields(message)) {
        String expected = typeByName.get(field.getName());
        if (expected == null) {
          continue;
        }
        String actual = (field.isRepeated() ? "repeated " : "") + field.getType();
        if (!actual.equals(expected)) {
          out.report(
              catalog.protos().locate(field.getLocation()),
              null,
              "Field \""
                  + field.getName()
                  + "\" on message \""
                  + message.getType()
                  + "\" has type \""
                  + actual
                  + "\", but the standard attribute \""
                  + field.getName()
                  + "\" has type \""
                  + expected
                  + "\"; change it to \""
                  + expected
                  + "\".");
        }
      }
    }
  }
}
