package dev.eventcontracts.report;

/**
 * Escapes text for XML 1.0. Characters XML cannot hold at all (most control characters, lone
 * surrogates) become U+FFFD, so a hostile message still yields a document that parses.
 */
final class Xml {

  private Xml() {}

  /** Character data: {@code & < >} escaped, line ends kept. */
  static String text(String value) {
    return escape(value, false);
  }

  /** An attribute value in double quotes: also quotes, tabs and line ends as references. */
  static String attribute(String value) {
    return escape(value, true);
  }

  private static String escape(String value, boolean attribute) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < value.length()
              && Character.isLowSurrogate(value.charAt(i + 1))) {
            out.append(c).append(value.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
