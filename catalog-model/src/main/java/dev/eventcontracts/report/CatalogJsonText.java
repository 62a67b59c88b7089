package dev.eventcontracts.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@link JsonText} for the JSON documents written outside this package (the docs site's {@code
 * catalog.json} and search index), so that they are indented and ended like every other report.
 */
public final class CatalogJsonText {

  private CatalogJsonText() {}

  public static String write(JsonNode node) {
    return JsonText.write(node);
  }
}
