package dev.eventcontracts.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The tool's identity as reports and {@code --version} state it. The version is stamped in by the
 * build, so a report always names the release that wrote it.
 */
public record Tool(String name, String version, String informationUri) {

  private static final Tool CURRENT = read();

  public static Tool current() {
    return CURRENT;
  }

  private static Tool read() {
    Properties properties = new Properties();
    try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
      if (in == null) {
        throw new IllegalStateException("tool.properties is missing from the catalog-model jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tool(
        properties.getProperty("name"),
        properties.getProperty("version"),
        properties.getProperty("informationUri"));
  }
}
