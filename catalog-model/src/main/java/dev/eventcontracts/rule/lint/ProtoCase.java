package dev.eventcontracts.rule.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The naming conventions of proto elements: how to tell PascalCase, lower_snake_case and
 * UPPER_SNAKE_CASE apart, and how to turn any name into each of them for a fix suggestion.
 */
final class ProtoCase {

  private ProtoCase() {}

  /** {@code [A-Z][A-Za-z0-9]*}: acronyms such as {@code HTTPOrigin} are accepted. */
  static boolean isPascal(String name) {
    if (name.isEmpty() || !isUpper(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isUpper(c) && !isLower(c) && !isDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code [a-z][a-z0-9]*(_[a-z0-9]+)*}. */
  static boolean isLowerSnake(String name) {
    return isSnake(name, false);
  }

  /** {@code [A-Z][A-Z0-9]*(_[A-Z0-9]+)*}. */
  static boolean isUpperSnake(String name) {
    return isSnake(name, true);
  }

  // Names are checked by the hundred thousand on large catalogs, so without regular expressions.
  private static boolean isSnake(String name, boolean upper) {
    if (name.isEmpty() || !(upper ? isUpper(name.charAt(0)) : isLower(name.charAt(0)))) {
      return false;
    }
    char previous = name.charAt(0);
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = upper ? isUpper(c) : isLower(c);
      if (c == '_' ? previous == '_' : !letter && !isDigit(c)) {
        return false;
      }
      previous = c;
    }
    return previous != '_';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code chat_message}, {@code chatMessage} or {@code CHAT_MESSAGE} → {@code ChatMessage}. */
  static String toPascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : words(name)) {
      out.append(word.substring(0, 1).toUpperCase(Locale.ROOT));
      out.append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** {@code tenantId}, {@code TenantID} or {@code tenant-id} → {@code tenant_id}. */
  static String toLowerSnake(String name) {
    return String.join("_", words(name)).toLowerCase(Locale.ROOT);
  }

  /** {@code OrderStatus} → {@code ORDER_STATUS}. */
  static String toUpperSnake(String name) {
    return String.join("_", words(name)).toUpperCase(Locale.ROOT);
  }

  /**
   * The words of a name: separators ({@code _ - .} and spaces) end a word, and so does a change
   * from lower case or a digit to upper case; in a run of capitals, the last one starts the next
   * word when a lower-case letter follows ({@code HTTPServer} → {@code HTTP}, {@code Server}).
   */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '-' || c == '.' || c == ' ') {
        flush(word, words);
        continue;
      }
      if (Character.isUpperCase(c) && word.length() > 0) {
        char previous = name.charAt(i - 1);
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (Character.isLowerCase(previous)
            || Character.isDigit(previous)
            || (Character.isUpperCase(previous) && nextIsLower)) {
          flush(word, words);
        }
      }
      word.append(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> into) {
    if (word.length() > 0) {
      into.add(word.toString());
      word.setLength(0);
    }
  }
}
