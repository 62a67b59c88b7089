package dev.eventcontracts.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The scaffolding templates, resources beside this class, with {@code {{key}}} filled in. */
final class Templates {

  private Templates() {}

  static String fill(String template, Map<String, String> values) {
    String text = read(template);
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{{" + value.getKey() + "}}", value.getValue());
    }
    if (text.contains("{{")) {
      throw new IllegalStateException(template + " has a placeholder left: " + text);
    }
    return text;
  }

  private static String read(String template) {
    try (InputStream in = Templates.class.getResourceAsStream(template + ".tmpl")) {
      if (in == null) {
        throw new IllegalStateException("no template " + template + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
