package dev.eventcontracts.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.RuleMeta;
import java.util.List;

/**
 * The rules for tools: {@code {"tool", "rules": [{"id", "family", "category", "severity",
 * "summary", "helpUri"}], "categories": [{"name", "family", "summary"}]}}, every key always there.
 */
final class RulesJson {

  private RulesJson() {}

  static String render(List<RuleMeta> rules, List<Category> categories) {
    ObjectNode root = JsonText.object();
    root.put("tool", Tool.current().name());
    ArrayNode ruleNodes = root.putArray("rules");
    for (RuleMeta rule : rules) {
      ObjectNode node = ruleNodes.addObject();
      node.put("id", rule.id());
      node.put("family", rule.family().id());
      node.put("category", rule.category().name());
      node.put("severity", rule.severity().id());
      node.put("summary", rule.summary());
      node.put("helpUri", RuleDocs.helpUri(rule.id()));
    }
    ArrayNode categoryNodes = root.putArray("categories");
    for (Category category : categories) {
      ObjectNode node = categoryNodes.addObject();
      node.put("name", category.name());
      node.put("family", category.family().id());
      node.put("summary", category.summary());
    }
    return JsonText.write(root);
  }
}
