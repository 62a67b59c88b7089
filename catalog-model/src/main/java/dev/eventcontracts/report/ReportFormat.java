package dev.eventcontracts.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The formats a report renders to. Each rendering is a pure function of the report, so two runs
 * over the same catalog print the same bytes.
 */
public enum ReportFormat {
  /** {@code path:line:col: RULE_ID message}, one finding a line, for people and editors. */
  TEXT("txt", TextReport::render),
  /** The stable JSON document of DESIGN §4, for scripts. */
  JSON("json", JsonReport::render),
  /** SARIF 2.1.0 with rule metadata, for GitHub code scanning. */
  SARIF("sarif", SarifReport::render),
  /** JUnit XML with one test case per rule, for CI test reporters. */
  JUNIT("xml", JunitReport::render),
  /** GitHub Actions workflow commands that annotate the changed files. */
  GITHUB("txt", GithubAnnotations::render);

  private final String extension;
  private final Function<Report, String> renderer;

  ReportFormat(String extension, Function<Report, String> renderer) {
    this.extension = extension;
    this.renderer = renderer;
  }

  public String render(Report report) {
    return renderer.apply(report);
  }

  /**
   * The name users type: {@code text}, {@code json}, {@code sarif}, {@code junit}, {@code github}.
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The usual file extension of a report in this format, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format a user named, ignoring case. */
  public static ReportFormat of(String id) {
    for (ReportFormat format : values()) {
      if (format.id().equalsIgnoreCase(id.trim())) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown format \"" + id + "\"; expected one of " + String.join(", ", ids()));
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(ReportFormat::id).toList();
  }

  @Override
  public String toString() {
    return id();
  }
}
