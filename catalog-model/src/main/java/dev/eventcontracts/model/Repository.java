package dev.eventcontracts.model;

/**
 * Where a catalog sits in the Git work tree holding it, and the CODEOWNERS file committed there, as
 * the loader found them; so {@code catalog codeowners} and its lint rule need no file.
 *
 * @param prefix the catalog directory relative to the work tree's root, with {@code /} separators
 *     and a trailing slash; empty at the root, outside any work tree, or for a catalog read from
 *     Git objects
 * @param codeownersPath where the CODEOWNERS file is, relative to the work tree's root (to the
 *     catalog directory outside a work tree), such as {@code .github/CODEOWNERS}; null when none
 * @param codeownersText its text, null when there is none
 */
public record Repository(String prefix, String codeownersPath, String codeownersText) {

  /** A catalog not read from a work tree: no prefix, no CODEOWNERS. */
  public static final Repository NONE = new Repository("", null, null);

  /** The places GitHub looks for a CODEOWNERS file, in the order it looks. */
  public static final java.util.List<String> CODEOWNERS_PLACES =
      java.util.List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS");
}
