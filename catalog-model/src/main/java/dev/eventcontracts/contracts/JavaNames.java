package dev.eventcontracts.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java identifiers and literals for names taken from a catalog. */
final class JavaNames {

  private static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "record",
          "yield",
          "sealed",
          "permits");

  private JavaNames() {}

  /** {@code content-encoding} → {@code CONTENT_ENCODING}; {@code 1x} → {@code _1X}. */
  static String constant(String name) {
    String joined = String.join("_", words(name)).toUpperCase(Locale.ROOT);
    return identifier(joined.isEmpty() ? "_" : joined);
  }

  /** {@code content-encoding} → {@code ContentEncoding}. */
  static String type(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : words(name)) {
      out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return identifier(out.length() == 0 ? "_" : out.toString());
  }

  /** A Java string literal holding {@code value}, or {@code null}. */
  static String literal(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Text for a Javadoc comment: no comment end, no HTML. */
  static String doc(String text) {
    return text.replace("*/", "*&#47;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  private static String identifier(String name) {
    return Character.isDigit(name.charAt(0)) || KEYWORDS.contains(name) ? "_" + name : name;
  }
}
