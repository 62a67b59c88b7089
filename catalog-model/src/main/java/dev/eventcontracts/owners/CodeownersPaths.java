package dev.eventcontracts.owners;

/**
 * Paths in GitHub's CODEOWNERS syntax (gitignore patterns): a leading {@code /} anchors a path at
 * the repository root, and a backslash escapes what would otherwise end the path or act as a
 * pattern: a space, {@code #}, {@code *}, {@code ?}, {@code [}, {@code ]} and the backslash itself.
 */
public final class CodeownersPaths {

  private CodeownersPaths() {}

  public static String escape(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (char c : path.toCharArray()) {
      if (c == ' ' || c == '\t' || c == '#' || c == '*' || c == '?' || c == '[' || c == ']'
          || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The path as written in a CODEOWNERS line, escapes removed. */
  public static String unescape(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        c = pattern.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** A word a POSIX shell reads back as itself, quoted only when it must be. */
  static String shellWord(String word) {
    if (word.matches("[A-Za-z0-9._/@%+=:,-]+")) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
