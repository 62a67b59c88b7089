package dev.eventcontracts.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.report.CatalogJsonText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code search-index.js}: the search index as a script defining {@code window.CATALOG_SEARCH},
 * because browsers refuse {@code fetch} of a {@code file://} URL. Field names are listed once and
 * each event names its fields by number; an event is one tab-separated string (name, page, summary,
 * topics, services, owner, field numbers), so the index stays small with one line per event even
 * through the indenting JSON writer.
 */
final class SearchIndex {

  private SearchIndex() {}

  static String script(CatalogIndex index) {
    List<String> fieldNames = new ArrayList<>(index.fields.keySet());
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < fieldNames.size(); i++) {
      numbers.put(fieldNames.get(i), i);
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode fields = root.putArray("fields");
    fieldNames.forEach(fields::add);
    ArrayNode events = root.putArray("events");
    for (Event event : index.events) {
      TreeSet<Integer> carried = new TreeSet<>();
      index
          .eventFields
          .getOrDefault(event.name(), List.of())
          .forEach(u -> carried.add(numbers.get(u.field())));
      StringBuilder line = new StringBuilder(256);
      line.append(clean(event.name()))
          .append('\t')
          .append(SitePaths.event(event.name()))
          .append('\t')
          .append(clean(event.summary()))
          .append('\t');
      join(line, event.topics().stream().map(Topic::name).toList());
      line.append('\t');
      List<String> services = new ArrayList<>(event.producers());
      services.addAll(event.consumers());
      join(line, services);
      line.append('\t').append(clean(event.owner())).append('\t');
      boolean first = true;
      for (int n : carried) {
        line.append(first ? "" : " ").append(Integer.toString(n, 36));
        first = false;
      }
      events.add(line.toString());
    }
    return "window.CATALOG_SEARCH = " + CatalogJsonText.write(root).strip() + ";\n";
  }

  private static void join(StringBuilder line, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      line.append(i == 0 ? "" : " ").append(clean(values.get(i)));
    }
  }

  /** Tabs separate the parts of an entry; none may appear inside one. */
  private static String clean(String text) {
    return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
  }
}
