package dev.eventcontracts.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * {@link JsonText} for the JSON documents written outside this package (the docs site's {@code
 * catalog.json} and search index), so that they are indented and ended like every other report.
 */
public final class CatalogJsonText {

  private CatalogJsonText() {}

  /** The calls that write one document. */
  @FunctionalInterface
  public interface Content {
    void writeTo(JsonGenerator json) throws IOException;
  }

  public static String write(JsonNode node) {
    return JsonText.write(node);
  }

  /** The document {@code content} writes, as UTF-8 bytes, formatted like {@link #write}. */
  public static byte[] stream(Content content, int sizeHint) {
    return JsonText.stream(content, sizeHint);
  }
}
