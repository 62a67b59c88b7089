package dev.eventcontracts.contracts;

import dev.eventcontracts.CatalogException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A release number {@code MAJOR.MINOR.PATCH}, as semver.org defines its core. */
public record SemanticVersion(int major, int minor, int patch)
    implements Comparable<SemanticVersion> {

  private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");
  private static final Pattern IN_REF = Pattern.compile("(?:^|[/-])v?(\\d+\\.\\d+\\.\\d+)$");

  /** {@code 1.4.0} or {@code v1.4.0}; anything else is exit 2 naming {@code what}. */
  public static SemanticVersion parse(String text, String what) {
    Matcher m = VERSION.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw CatalogException.input(
          what + ": \"" + text + "\" is not a version MAJOR.MINOR.PATCH such as 1.4.0");
    }
    try {
      return new SemanticVersion(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (NumberFormatException e) {
      throw CatalogException.input(what + ": \"" + text + "\" has a number too large");
    }
  }

  /**
   * The version a Git revision names, such as tag {@code v1.4.0}, {@code contracts-v1.4.0} or
   * {@code refs/tags/1.4.0}; empty for {@code main} or a SHA.
   */
  public static Optional<SemanticVersion> namedBy(String ref) {
    Matcher m = IN_REF.matcher(ref == null ? "" : ref.strip());
    return m.find() ? Optional.of(parse(m.group(1), ref)) : Optional.empty();
  }

  public SemanticVersion nextMajor() {
    return new SemanticVersion(major + 1, 0, 0);
  }

  public SemanticVersion nextMinor() {
    return new SemanticVersion(major, minor + 1, 0);
  }

  public SemanticVersion nextPatch() {
    return new SemanticVersion(major, minor, patch + 1);
  }

  @Override
  public int compareTo(SemanticVersion other) {
    int c = Integer.compare(major, other.major);
    c = c != 0 ? c : Integer.compare(minor, other.minor);
    return c != 0 ? c : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
