package dev.eventcontracts.docs;

/** HTML escaping: everything that comes from the catalog goes through here before it is written. */
final class Html {

  private Html() {}

  /** Text safe in element content and in double-quoted attribute values. */
  static String esc(String text) {
    if (text == null) {
      return "";
    }
    int special = nextSpecial(text, 0);
    if (special == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    int from = 0;
    // The text between two special characters is copied at once: a .proto source has a few of
    // them (quotes, apostrophes in comments, map<…>) among thousands of characters.
    while (special < text.length()) {
      out.append(text, from, special).append(replacement(text.charAt(special)));
      from = special + 1;
      special = nextSpecial(text, from);
    }
    return out.append(text, from, text.length()).toString();
  }

  private static int nextSpecial(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      // Letters, digits, '_', '.' and most punctuation are above '>'.
      if (c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'')) {
        return i;
      }
      i++;
    }
    return i;
  }

  private static String replacement(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      default -> "&#39;";
    };
  }

  static String link(String href, String text) {
    return "<a href=\"" + esc(href) + "\">" + esc(text) + "</a>";
  }

  static String badge(String kind, String text) {
    return "<span class=\"badge badge-" + esc(kind) + "\">" + esc(text) + "</span>";
  }
}
