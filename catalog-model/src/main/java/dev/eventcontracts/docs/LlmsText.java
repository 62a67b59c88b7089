package dev.eventcontracts.docs;

import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Topic;
import java.util.List;
import java.util.Map;

/**
 * {@code llms.txt} (llmstxt.org): a markdown summary of the catalog with a link per event, so a
 * language model can find its way through the site. Links are absolute with a base URL, else
 * relative to the site root.
 */
final class LlmsText {

  private LlmsText() {}

  static String write(CatalogIndex index, String baseUrl) {
    String base = baseUrl == null || baseUrl.isEmpty() ? "" : baseUrl.replaceAll("/+$", "") + "/";
    StringBuilder b = new StringBuilder(index.events.size() * 160 + 512);
    b.append("# ").append(index.catalog.settings().name()).append("\n\n");
    b.append("> Event contracts kept in Git: ")
        .append(index.events.size())
        .append(" events in ")
        .append(index.byDomain.size())
        .append(" domains, on ")
        .append(index.topics.size())
        .append(" Kafka topics. Each event page gives its schema, topics, producers, consumers,")
        .append(" owner and header contract; ")
        .append(base)
        .append("catalog.json holds all of it as JSON.\n\n");
    for (Map.Entry<String, List<Event>> domain : index.byDomain.entrySet()) {
      b.append("## ").append(domain.getKey()).append("\n\n");
      for (Event e : domain.getValue()) {
        b.append("- [")
            .append(e.name())
            .append("](")
            .append(base)
            .append(SitePaths.event(e.name()))
            .append("): ")
            .append(e.summary() == null ? "" : e.summary().replace('\n', ' '))
            .append(" Topics: ")
            .append(String.join(", ", e.topics().stream().map(Topic::name).toList()))
            .append(".\n");
      }
      b.append('\n');
    }
    b.append("## Optional\n\n- [catalog.json](")
        .append(base)
        .append("catalog.json): events, topics, services, teams and fields as JSON\n");
    return b.toString();
  }
}
