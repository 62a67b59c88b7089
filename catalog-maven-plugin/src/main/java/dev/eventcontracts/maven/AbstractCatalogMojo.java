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
 * skip flags. A goal translates its parameters into an engine request; this class writes report
 * files, prints findings and maps outcomes to Maven's: findings at error severity fail the build
 * ({@link MojoFailureException}), a catalog, registry or Git problem is a build error ({@link
 * MojoExecutionException}) with one clear line.
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

  /** Where report files are written, named after the goal. */
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

  /** Runs the goal: an engine call, then {@link #report} or a goal-specific output. */
  protected abstract void run(CatalogEngine engine)
      throws MojoExecutionException, MojoFailureException;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipGoal()) {
      getLog().info("Skipping catalog:" + goal());
      return;
    }
    outputFormat(); // a bad format fails before any work
    try {
      run(engine);
    } catch (CatalogException e) {
      throw buildError(e);
    }
  }

  /** The catalog directory as the engine wants it. */
  protected Path catalog() {
    return catalogDirectory.toPath().toAbsolutePath().normalize();
  }

  /**
   * Writes the report as {@code <goal>.txt}, {@code <goal>.sarif} and {@code
   * TEST-catalog-<goal>.xml}, prints its findings in {@code format}, and fails the build when one
   * is an error.
   */
  protected void report(Report report) throws MojoExecutionException, MojoFailureException {
    ReportFormat output = outputFormat();
    for (ReportFormat file : List.of(ReportFormat.TEXT, ReportFormat.SARIF, ReportFormat.JUNIT)) {
      writeReport(fileName(file), file.render(report, catalog()));
    }
    if (output == ReportFormat.TEXT) {
      log(report);
    } else {
      printRaw(output.render(report, catalog()));
    }
    String summary = "catalog " + goal() + ": " + ReportSummary.of(report);
    if (report.errors() > 0) {
      throw new MojoFailureException(
          summary + " (reports in " + reportDirectory.toPath().normalize() + ")");
    }
    getLog().info(summary);
  }

  /** Writes {@code text} to {@code name} in the report directory; returns the file. */
  protected Path writeReport(String name, String text) throws MojoExecutionException {
    Path file = reportDirectory.toPath().resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new MojoExecutionException(file + ": cannot write the report (" + e + ")", e);
    }
  }

  /** The {@code format} parameter, or a build error naming the valid formats. */
  protected ReportFormat outputFormat() throws MojoExecutionException {
    try {
      return ReportFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("catalog.format: " + e.getMessage());
    }
  }

  /** Prints a document as is: workflow commands must start their line, without a log prefix. */
  @SuppressWarnings("SystemOut")
  protected static void printRaw(String text) {
    PrintStream out = System.out;
    out.print(text);
    out.flush();
  }

  /**
   * {@code lint.txt}, {@code lint.sarif}, and {@code TEST-catalog-lint.xml} as test reporters
   * expect.
   */
  private String fileName(ReportFormat format) {
    return format == ReportFormat.JUNIT
        ? "TEST-catalog-" + goal() + ".xml"
        : goal() + "." + format.extension();
  }

  private void log(Report report) {
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

  private MojoExecutionException buildError(CatalogException e) {
    List<String> problems = e.problems();
    problems.forEach(problem -> getLog().error(problem));
    String first = problems.isEmpty() ? e.getMessage() : problems.get(0);
    String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more above)" : "";
    return new MojoExecutionException(first + more, e);
  }
}
