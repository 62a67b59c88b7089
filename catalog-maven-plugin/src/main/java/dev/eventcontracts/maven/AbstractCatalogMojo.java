package dev.eventcontracts.maven;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.report.Report;
import dev.eventcontracts.report.ReportFormat;
import dev.eventcontracts.report.ReportSummary;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the catalog directory, the output format, the reports directory and the
 * skip flags. A goal translates its parameters into an engine request and hands back the report;
 * this class writes the report files, prints the findings and maps the outcome to Maven's: findings
 * at error severity fail the build, a catalog or registry problem is a build error.
 */
public abstract class AbstractCatalogMojo extends AbstractMojo {

  /** The catalog: the directory holding {@code catalog.yaml}. */
  @Parameter(property = "catalog.directory", defaultValue = "${project.basedir}", required = true)
  protected File catalogDirectory;

  /**
   * How findings appear in the build output: {@code text} as Maven log lines; {@code github} as
   * GitHub Actions annotations; {@code json}, {@code sarif} or {@code junit} printed as the
   * document. Report files are written in every case.
   */
  @Parameter(property = "catalog.format", defaultValue = "text")
  protected String format;

  /** Where report files are written, one set per goal. */
  @Parameter(
      property = "catalog.reportDirectory",
      defaultValue = "${project.build.directory}/catalog")
  protected File reportDirectory;

  /** Skips every catalog goal. */
  @Parameter(property = "catalog.skip", defaultValue = "false")
  protected boolean skip;

  private final CatalogEngine engine = new CatalogEngine();

  /** The goal's name, as in {@code catalog:lint}. */
  protected abstract String goal();

  /** Whether the goal's own {@code catalog.<goal>.skip} flag is set. */
  protected abstract boolean skipGoal();

  /** Runs the goal on the engine and returns its report. */
  protected abstract Report run(CatalogEngine engine);

  /** Report files written for every run of the goal. */
  protected List<ReportFormat> reportFiles() {
    return List.of(ReportFormat.TEXT, ReportFormat.SARIF, ReportFormat.JUNIT);
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipGoal()) {
      getLog().info("Skipping catalog:" + goal());
      return;
    }
    ReportFormat output;
    try {
      output = ReportFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("catalog.format: " + e.getMessage());
    }
    Report report;
    try {
      report = run(engine);
    } catch (CatalogException e) {
      throw buildError(e);
    }
    writeReports(report);
    print(report, output);
    String summary = "catalog " + goal() + ": " + ReportSummary.of(report);
    if (report.errors() > 0) {
      throw new MojoFailureException(
          summary + " (reports in " + reportDirectory.toPath().normalize() + ")");
    }
    getLog().info(summary);
  }

  /** The catalog directory as the engine wants it. */
  protected Path catalog() {
    return catalogDirectory.toPath().toAbsolutePath().normalize();
  }

  private MojoExecutionException buildError(CatalogException e) {
    List<String> problems = e.problems();
    problems.forEach(problem -> getLog().error(problem));
    String first = problems.isEmpty() ? e.getMessage() : problems.get(0);
    String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more above)" : "";
    return new MojoExecutionException(first + more, e);
  }

  private void writeReports(Report report) throws MojoExecutionException {
    Path dir = reportDirectory.toPath();
    try {
      Files.createDirectories(dir);
      for (ReportFormat format : reportFiles()) {
        Files.writeString(
            dir.resolve(fileName(format)),
            format.render(report, catalog()),
            StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new MojoExecutionException(dir + ": cannot write the reports (" + e + ")", e);
    }
  }

  /**
   * {@code lint.txt}, {@code lint.sarif}, and {@code TEST-catalog-lint.xml} as test reporters
   * expect.
   */
  String fileName(ReportFormat format) {
    return format == ReportFormat.JUNIT
        ? "TEST-catalog-" + goal() + ".xml"
        : goal() + "." + format.extension();
  }

  @SuppressWarnings("SystemOut") // workflow commands must start their line, without a log prefix
  private void print(Report report, ReportFormat output) {
    if (output != ReportFormat.TEXT) {
      PrintStream out = System.out;
      out.print(output.render(report, catalog()));
      out.flush();
      return;
    }
    for (Finding finding : report.findings()) {
      String line = finding.location() + ": " + finding.rule() + " " + finding.message();
      if (finding.severity() == Severity.ERROR) {
        getLog().error(line);
      } else {
        getLog().warn(line);
      }
    }
    report.notes().forEach(note -> getLog().info("note: " + note));
  }
}
