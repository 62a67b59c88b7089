package dev.eventcontracts.load;

import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.suggest.Suggestions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed values out of one YAML mapping, recording where each was written and reporting
 * missing keys, wrong types and unknown keys (with a "did you mean") as findings.
 */
final class MappingReader {

  private final YamlNode.Mapping mapping;
  private final String prefix;
  private final Map<String, SourceLocation> positions;
  private final List<LoadIssue> findings;
  private final String event;
  private final Set<String> read = new HashSet<>();

  MappingReader(
      YamlNode.Mapping mapping,
      String prefix,
      Map<String, SourceLocation> positions,
      List<LoadIssue> findings,
      String event) {
    this.mapping = mapping;
    this.prefix = prefix;
    this.positions = positions;
    this.findings = findings;
    this.event = event;
  }

  /** A reader for {@code node} when it is a mapping; otherwise reports a type error and null. */
  static MappingReader of(
      YamlNode node,
      String prefix,
      String what,
      Map<String, SourceLocation> positions,
      List<LoadIssue> findings,
      String event) {
    if (node instanceof YamlNode.Mapping m) {
      return new MappingReader(m, prefix, positions, findings, event);
    }
    typeError(findings, node.location(), event, what + " must be a mapping, not " + node.kind());
    return null;
  }

  SourceLocation location() {
    return mapping.location();
  }

  MappingReader child(String key, String what) {
    YamlNode node = node(key);
    if (node == null || isNull(node)) {
      return null;
    }
    return of(node, path(key) + ".", what, positions, findings, event);
  }

  /** Where the value at {@code key} (such as {@code except[0]}) was written, or null. */
  SourceLocation position(String key) {
    return positions.get(path(key));
  }

  String path(String key) {
    return prefix + key;
  }

  /** The raw node at {@code key}, marking the key as known. */
  YamlNode node(String key) {
    read.add(key);
    YamlNode.Entry entry = mapping.entries().get(key);
    if (entry == null) {
      return null;
    }
    positions.put(path(key), entry.value().location());
    return entry.value();
  }

  Set<String> keys() {
    return mapping.entries().keySet();
  }

  SourceLocation keyLocation(String key) {
    YamlNode.Entry entry = mapping.entries().get(key);
    return entry == null ? mapping.location() : entry.keyLocation();
  }

  String string(String key, boolean required) {
    YamlNode node = node(key);
    if (node == null || isNull(node)) {
      if (required) {
        missing(key);
      }
      return null;
    }
    if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
      if (s.type() != YamlNode.ScalarType.STRING && s.type() != YamlNode.ScalarType.INTEGER) {
        typeError(findings, s.location(), event, key(key) + " must be a string, not " + s.kind());
        return null;
      }
      return s.text();
    }
    typeError(findings, node.location(), event, key(key) + " must be a string, not " + node.kind());
    return null;
  }

  Integer integer(String key, boolean required) {
    YamlNode node = node(key);
    if (node == null || isNull(node)) {
      if (required) {
        missing(key);
      }
      return null;
    }
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER) {
      try {
        return Integer.valueOf(s.text());
      } catch (NumberFormatException e) {
        // falls through to the type error
      }
    }
    typeError(
        findings, node.location(), event, key(key) + " must be a whole number, not " + node.kind());
    return null;
  }

  Boolean bool(String key) {
    YamlNode node = node(key);
    if (node == null || isNull(node)) {
      return null;
    }
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
      return Boolean.valueOf(s.text().toLowerCase(Locale.ROOT));
    }
    typeError(
        findings, node.location(), event, key(key) + " must be true or false, not " + node.kind());
    return null;
  }

  LocalDate date(String key) {
    String text = string(key, false);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      typeError(
          findings,
          positions.get(path(key)),
          event,
          key(key) + " must be a date such as 2026-12-31, not \"" + text + "\"");
      return null;
    }
  }

  /** An enum value written in lower case (kebab-case for {@code _}), or upper case as is. */
  <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
    String text = string(key, required);
    if (text == null) {
      return null;
    }
    String normalized = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(normalized)) {
        return constant;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      allowed.add(display(constant));
    }
    String suggestion = Suggestions.closest(text, allowed);
    typeError(
        findings,
        positions.get(path(key)),
        event,
        key(key)
            + " must be one of "
            + String.join(", ", allowed)
            + ", not \""
            + text
            + "\""
            + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?"));
    return null;
  }

  private static String display(Enum<?> constant) {
    String name = constant.name();
    // Compatibility modes are written in upper case, as Schema Registry spells them.
    if (constant instanceof dev.eventcontracts.model.CompatibilityMode) {
      return name;
    }
    return name.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A list of strings; a single string is not accepted as a list. */
  List<String> strings(String key) {
    YamlNode node = node(key);
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (!(node instanceof YamlNode.Sequence seq)) {
      typeError(findings, node.location(), event, key(key) + " must be a list, not " + node.kind());
      return List.of();
    }
    List<String> values = new ArrayList<>();
    int i = 0;
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Scalar s
          && (s.type() == YamlNode.ScalarType.STRING || s.type() == YamlNode.ScalarType.INTEGER)) {
        positions.put(path(key) + "[" + i + "]", s.location());
        values.add(s.text());
      } else {
        typeError(
            findings,
            item.location(),
            event,
            "items of " + key(key) + " must be strings, not " + item.kind());
      }
      i++;
    }
    return values;
  }

  /** A list of mappings, each handed to a reader with the path {@code key[i].}. */
  List<MappingReader> mappings(String key, String what) {
    YamlNode node = node(key);
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (!(node instanceof YamlNode.Sequence seq)) {
      typeError(findings, node.location(), event, key(key) + " must be a list, not " + node.kind());
      return List.of();
    }
    List<MappingReader> readers = new ArrayList<>();
    int i = 0;
    for (YamlNode item : seq.items()) {
      String itemPath = path(key) + "[" + i + "]";
      positions.put(itemPath, item.location());
      MappingReader reader = of(item, itemPath + ".", what, positions, findings, event);
      if (reader != null) {
        readers.add(reader);
      }
      i++;
    }
    return readers;
  }

  /** Reports every key this reader was not asked about, suggesting the closest known one. */
  void finish(Set<String> known) {
    for (YamlNode.Entry entry : mapping.entries().values()) {
      if (!read.contains(entry.key()) && !known.contains(entry.key())) {
        List<String> candidates = new ArrayList<>(read);
        candidates.addAll(known);
        String suggestion = Suggestions.closest(entry.key(), candidates);
        findings.add(
            new LoadIssue(
                LoadIssue.Kind.UNKNOWN_KEY,
                entry.keyLocation(),
                event,
                "unknown key \""
                    + entry.key()
                    + "\""
                    + (prefix.isEmpty() ? "" : " in " + prefix.substring(0, prefix.length() - 1))
                    + (suggestion == null ? "" : "; did you mean \"" + suggestion + "\"?")));
      }
    }
  }

  void finish() {
    finish(Set.of());
  }

  private String key(String key) {
    return "\"" + path(key) + "\"";
  }

  private void missing(String key) {
    findings.add(
        new LoadIssue(
            LoadIssue.Kind.REQUIRED_KEY,
            mapping.location(),
            event,
            "missing required key " + key(key)));
  }

  static void typeError(
      List<LoadIssue> findings, SourceLocation location, String event, String message) {
    findings.add(new LoadIssue(LoadIssue.Kind.VALUE_TYPE, location, event, message));
  }

  private static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL;
  }
}
