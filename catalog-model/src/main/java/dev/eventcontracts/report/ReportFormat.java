package dev.eventcontracts.report;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The formats a report renders to. Each rendering is a pure function of the report, so two runs
 * over the same catalog print the same bytes.
 */
public enum ReportFormat implements OutputFormat {
  /**
   * {@code path:line:col: RULE_ID message} ({@code warning: RULE_ID} for a warning), one finding a
   * line, for people and editors.
   */
  TEXT(false, TextReport::render),
  /** The stable JSON document of DESIGN §4, for scripts. */
  JSON(false, JsonReport::render),
  /** SARIF 2.1.0 with rule metadata, for GitHub code scanning. */
  SARIF(true, SarifReport::render),
  /** JUnit XML with one test case per rule, for CI test reporters. */
  JUNIT(false, JunitReport::render),
  /** GitHub Actions workflow commands that annotate the changed files. */
  GITHUB(true, GithubAnnotations::render),
  /** A heading, a verdict and a table of findings, for a GitHub job summary. */
  MARKDOWN(false, FindingsMarkdown::render);

  private final boolean repositoryRelative;
  private final Function<Report, String> renderer;

  ReportFormat(boolean repositoryRelative, Function<Report, String> renderer) {
    this.repositoryRelative = repositoryRelative;
    this.renderer = renderer;
  }

  /** Renders with paths relative to the catalog root, as the report holds them. */
  public String render(Report report) {
    return renderer.apply(report);
  }

  /**
   * Renders the report of the catalog in {@code catalogDir} with paths as this format's readers
   * resolve them: relative to the catalog root, except for the GitHub formats (sarif, github),
   * whose paths are relative to the root of the Git work tree holding the catalog.
   */
  public String render(Report report, Path catalogDir) {
    return repositoryRelative
        ? render(RepositoryPaths.under(RepositoryPaths.prefix(catalogDir), report))
        : render(report);
  }

  /**
   * As {@link #render(Report, Path)}; {@code colour} says the text goes to a terminal that shows
   * colour, which the caller decides (only {@link #TEXT} has colour).
   */
  public String render(Report report, Path catalogDir, boolean colour) {
    return this == TEXT ? TextReport.render(report, colour) : render(report, catalogDir);
  }

  @Override
  public String toString() {
    return id();
  }
}
