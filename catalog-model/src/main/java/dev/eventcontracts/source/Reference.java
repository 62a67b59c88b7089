package dev.eventcontracts.source;

/**
 * What {@code --against REF} names: the files of a catalog, or a Git revision that exists but holds
 * no {@code catalog.yaml} where the catalog lives. Such a revision compares as an empty catalog
 * (the first pull request that adds a catalog has one as its base), so it is an answer, not an
 * error.
 *
 * @param ref REF as the user gave it
 * @param catalog the catalog's files; null when the revision holds no catalog
 * @param missingAt where the revision lacks {@code catalog.yaml}, such as {@code contracts/events/}
 *     or {@code the repository root}; null when it holds the catalog
 */
public record Reference(String ref, CatalogSource catalog, String missingAt) {

  static Reference of(String ref, CatalogSource catalog) {
    return new Reference(ref, catalog, null);
  }

  static Reference withoutCatalog(String ref, String missingAt) {
    return new Reference(ref, null, missingAt);
  }

  public boolean holdsCatalog() {
    return catalog != null;
  }
}
