package dev.eventcontracts.load;

import dev.eventcontracts.model.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;

/** A YAML value with the position it was written at. */
public sealed interface YamlNode {

  SourceLocation location();

  /** What a user would call this kind of value, for type errors. */
  String kind();

  /** A mapping; keys keep file order. */
  record Mapping(SourceLocation location, LinkedHashMap<String, Entry> entries)
      implements YamlNode {
    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** One key of a mapping with the key's own position. */
  record Entry(String key, SourceLocation keyLocation, YamlNode value) {}

  /** A sequence. */
  record Sequence(SourceLocation location, List<YamlNode> items) implements YamlNode {
    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A scalar as written, with the type the YAML parser gave it. */
  record Scalar(SourceLocation location, String text, ScalarType type) implements YamlNode {
    @Override
    public String kind() {
      return switch (type) {
        case STRING -> "a string";
        case INTEGER -> "a number";
        case FLOAT -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "empty";
      };
    }
  }

  /** Scalar types as YAML resolves them. */
  enum ScalarType {
    STRING,
    INTEGER,
    FLOAT,
    BOOLEAN,
    NULL
  }
}
