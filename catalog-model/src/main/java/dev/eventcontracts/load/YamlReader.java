package dev.eventcontracts.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.eventcontracts.model.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses one YAML document into {@link YamlNode}s with positions. Strict and bounded: aliases are
 * refused (so alias bombs cannot expand), nesting is limited, and duplicate keys are reported.
 */
final class YamlReader {

  static final int MAX_DEPTH = 64;
  private static final YAMLFactory FACTORY = factory();

  private final String path;
  private final List<Problem> problems;

  /** A problem with a position; {@code duplicateKey} ones are findings, the rest input errors. */
  record Problem(SourceLocation location, String message, boolean duplicateKey) {}

  private YamlReader(String path, List<Problem> problems) {
    this.path = path;
    this.problems = problems;
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(TextFiles.MAX_YAML_BYTES);
    options.setAllowDuplicateKeys(true);
    return YAMLFactory.builder().loaderOptions(options).build();
  }

  /**
   * Parses {@code text}; returns null when the document is unusable, with the reason in {@code
   * problems}.
   */
  static YamlNode parse(String path, String text, List<Problem> problems) {
    YamlReader reader = new YamlReader(path, problems);
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(
            new Problem(new SourceLocation(path, 1, 1), "file holds no YAML document", false));
        return null;
      }
      YamlNode root = reader.value(parser, 0);
      if (root != null && parser.nextToken() != null) {
        problems.add(
            new Problem(
                reader.at(parser.currentTokenLocation()),
                "more than one YAML document; a catalog file holds exactly one",
                false));
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      problems.add(new Problem(reader.at(where), syntaxMessage(e), false));
      return null;
    } catch (IOException | RuntimeException e) {
      problems.add(
          new Problem(
              new SourceLocation(path, 1, 1), "cannot parse YAML: " + e.getMessage(), false));
      return null;
    } catch (StackOverflowError e) {
      problems.add(new Problem(new SourceLocation(path, 1, 1), "YAML nested too deeply", false));
      return null;
    }
  }

  private static String syntaxMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "malformed YAML";
    }
    String first = message.strip().lines().findFirst().orElse("malformed YAML");
    return "malformed YAML: " + first;
  }

  private SourceLocation at(JsonLocation location) {
    if (location == null || location.getLineNr() <= 0) {
      return new SourceLocation(path, 1, 1);
    }
    return new SourceLocation(path, location.getLineNr(), Math.max(location.getColumnNr(), 1));
  }

  private YamlNode value(JsonParser parser, int depth) throws IOException {
    SourceLocation location = at(parser.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      problems.add(
          new Problem(location, "YAML nested more than " + MAX_DEPTH + " levels deep", false));
      return null;
    }
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      problems.add(
          new Problem(
              location, "YAML aliases (*" + parser.getText() + ") are not supported", false));
      return null;
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return mapping(parser, location, depth);
      case START_ARRAY:
        return sequence(parser, location, depth);
      case VALUE_STRING:
        return new YamlNode.Scalar(location, parser.getText(), YamlNode.ScalarType.STRING);
      case VALUE_NUMBER_INT:
        return new YamlNode.Scalar(location, parser.getText(), YamlNode.ScalarType.INTEGER);
      case VALUE_NUMBER_FLOAT:
        return new YamlNode.Scalar(location, parser.getText(), YamlNode.ScalarType.FLOAT);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YamlNode.Scalar(location, parser.getText(), YamlNode.ScalarType.BOOLEAN);
      case VALUE_NULL:
        return new YamlNode.Scalar(location, "", YamlNode.ScalarType.NULL);
      default:
        problems.add(new Problem(location, "unexpected YAML content (" + token + ")", false));
        return null;
    }
  }

  private YamlNode mapping(JsonParser parser, SourceLocation location, int depth)
      throws IOException {
    LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourceLocation keyLocation = at(parser.currentTokenLocation());
      parser.nextToken();
      YamlNode value = value(parser, depth + 1);
      if (value == null) {
        return null;
      }
      if (entries.containsKey(key)) {
        problems.add(
            new Problem(
                keyLocation,
                "duplicate key \""
                    + key
                    + "\" (first at line "
                    + entries.get(key).keyLocation().line()
                    + ")",
                true));
        continue;
      }
      entries.put(key, new YamlNode.Entry(key, keyLocation, value));
    }
    return new YamlNode.Mapping(location, entries);
  }

  private YamlNode sequence(JsonParser parser, SourceLocation location, int depth)
      throws IOException {
    List<YamlNode> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      YamlNode value = value(parser, depth + 1);
      if (value == null) {
        return null;
      }
      items.add(value);
    }
    return new YamlNode.Sequence(location, items);
  }
}
