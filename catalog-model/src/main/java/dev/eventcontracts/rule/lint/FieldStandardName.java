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
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    id = "FIELD_STANDARD_NAME",
    category = Category.GOVERNANCE,
    summary =
        "A field that carries a standard attribute uses its one name: a field named by an alias"
            + " (tenantId, customer_id) or a respelling (TenantID) of tenant_id is renamed to it.")
public final class FieldStandardName implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null || catalog.settings().standardAttributes().isEmpty()) {
      return;
    }
    Set<String> canonical = new HashSet<>();
    Map<String, StandardAttribute> byAlias = new HashMap<>();
    Map<String, StandardAttribute> bySpelling = new HashMap<>();
    for (StandardAttribute attribute : catalog.settings().standardAttributes()) {
      canonical.add(attribute.name());
      bySpelling.putIfAbsent(fold(attribute.name()), attribute);
      for (String alias : attribute.aliases()) {
        byAlias.putIfAbsent(alias, attribute);
        bySpelling.putIfAbsent(fold(alias), attribute);
      }
    }
    for (MessageType message : catalog.protos().messages()) {
      for (Field field : ProtoElements.fields(message)) {
        String name = field.getName();
        if (canonical.contains(name)) {
          continue;
        }
        StandardAttribute attribute = byAlias.get(name);
        String relation = "an alias of";
        if (attribute == null) {
          attribute = bySpelling.get(fold(name));
          relation = "a respelling of";
        }
        if (attribute != null) {
          out.report(
              catalog.protos().locate(field.getLocation()),
              null,
              "Field \""
                  + name
                  + "\" on message \""
                  + message.getType()
                  + "\" is "
                  + relation
                  + " the standard attribute \""
                  + attribute.name()
                  + "\"; rename it to \""
                  + attribute.name()
                  + "\".");
        }
      }
    }
  }

  /** {@code TenantID}, {@code tenant_id} and {@code tenantId} all fold to {@code tenantid}. */
  private static String fold(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }
}
