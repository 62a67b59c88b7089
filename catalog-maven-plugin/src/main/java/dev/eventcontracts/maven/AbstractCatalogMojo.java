package dev.eventcontracts.maven;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.report.OutputFormat;
import dev.eventcontracts.report.Report;
import dev.eventcontracts.report.ReportFormat;
import dev.eventcontracts.report.ReportSummary;
import dev.eventcontracts.report.TextReport;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
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
 *
 * <p>Before anything else, even when skipped, a goal removes the report files it writes, so a
 * report left by an earlier build never passes for this one (a CI test reporter would show a suite
 * that did not run).
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

  /**
   * For {@code breaking} and {@code diff}, which require it: the catalog to compare with, a
   * directory if one exists at that path, else a Git revision of the repository holding the catalog
   * ({@code main}, {@code origin/main}, a tag, a SHA, {@code HEAD~1}).
   */
  @Parameter(property = "catalog.against")
  private String against;

  /**
   * For {@code deploy} and {@code verify}, which require it: the environment of catalog.yaml (dev,
   * qa, prod, ...) whose registry to use.
   */
  @Parameter(property = "catalog.env")
  private String env;

  /** The reports of a goal that reports findings: text, SARIF and JUnit XML. */
  private static final List<ReportFormat> FINDING_REPORTS =
      List.of(ReportFormat.TEXT, ReportFormat.SARIF, ReportFormat.JUNIT);

  private final CatalogEngine engine = new CatalogEngine();

  /** The goal's name, as in {@code catalog:lint}: each goal's class is named after it. */
  protected String goal() {
    return getClass().getSimpleName().replaceFirst("Mojo$", "").toLowerCase(Locale.ROOT);
  }

  /** Whether the goal's own {@code catalog.<goal>.skip} flag is set. */
  protected abstract boolean skipGoal();

  /** Runs the goal: an engine call, then {@link #report} or a goal-specific output. */
  protected abstract void run(CatalogEngine engine)
      throws MojoExecutionException, MojoFailureException;

  /**
   * The names of the report files this goal writes, as {@link #writeReports} names them: by default
   * those of {@link #report}. A goal that cannot name them yet (a deploy without an environment)
   * returns none.
   */
  protected List<String> reportFiles() {
    return reportFiles(goal(), FINDING_REPORTS);
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    removeStaleReports();
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

  /** The {@code against} parameter, or a build error saying it is missing. */
  protected String against() throws MojoExecutionException {
    return required(against, "catalog.against", "the directory or Git revision to compare with");
  }

  /** The {@code env} parameter, or a build error saying it is missing. */
  protected String env() throws MojoExecutionException {
    return required(env, "catalog.env", "the environment whose registry to use");
  }

  /** The {@code env} parameter if it is set. */
  protected Optional<String> envIfSet() {
    return env == null || env.isBlank() ? Optional.empty() : Optional.of(env);
  }

  private String required(String value, String property, String what)
      throws MojoExecutionException {
    if (value == null || value.isBlank()) {
      throw new MojoExecutionException("catalog:" + goal() + " needs " + property + ", " + what);
    }
    return value;
  }

  /** The catalog directory as the engine wants it. */
  protected Path catalog() {
    return catalogDirectory.toPath().toAbsolutePath().normalize();
  }

  /**
   * Writes the report as {@code <goal>.txt}, {@code <goal>.sarif} and {@code
   * TEST-catalog-<goal>.xml}, prints its findings in {@code format}, and fails the build when one
   * is an error, or a warning and {@code failOnWarning} is set.
   */
  protected void report(Report report, boolean failOnWarning)
      throws MojoExecutionException, MojoFailureException {
    ReportFormat output = outputFormat();
    writeReports(goal(), FINDING_REPORTS, file -> file.render(report, catalog()));
    if (output == ReportFormat.TEXT) {
      log(report.findings());
      report.notes().forEach(note -> getLog().info(TextReport.note(note)));
    } else {
      printRaw(output.render(report, catalog()));
    }
    String summary = "catalog " + goal() + ": " + ReportSummary.of(report);
    String reports = "reports in " + reportDirectory.toPath().normalize();
    if (report.errors() > 0) {
      throw new MojoFailureException(summary + " (" + reports + ")");
    }
    if (failOnWarning && report.warnings() > 0) {
      throw new MojoFailureException(
          summary + " (warnings fail the build with catalog.failOnWarning; " + reports + ")");
    }
    getLog().info(summary);
  }

  /**
   * Writes one report file per format, {@code <name>.<extension>} ({@code TEST-catalog-<name>.xml}
   * for JUnit, as test reporters expect); returns the files in the order of {@code formats}.
   */
  protected <F extends OutputFormat> List<Path> writeReports(
      String name, List<F> formats, Function<F, String> render) throws MojoExecutionException {
    List<Path> files = new ArrayList<>();
    for (F format : formats) {
      files.add(writeReport(reportFile(name, format), render.apply(format)));
    }
    return files;
  }

  /** The names {@link #writeReports} gives the files of {@code formats}. */
  protected static List<String> reportFiles(String name, List<? extends OutputFormat> formats) {
    return formats.stream().map(format -> reportFile(name, format)).toList();
  }

  private static String reportFile(String name, OutputFormat format) {
    return format == ReportFormat.JUNIT
        ? "TEST-catalog-" + name + ".xml"
        : name + "." + format.extension();
  }

  private void removeStaleReports() throws MojoExecutionException {
    for (String name : reportFiles()) {
      Path file = reportDirectory.toPath().resolve(name);
      try {
        if (Files.deleteIfExists(file)) {
          getLog().debug("Removed the report of an earlier build: " + file);
        }
      } catch (IOException e) {
        throw new MojoExecutionException(
            file + ": cannot remove the report of an earlier build (" + e + ")", e);
      }
    }
  }

  /** Logs every line of {@code text} at info level. */
  protected void info(String text) {
    text.lines().forEach(getLog()::info);
  }

  /**
   * Logs each finding as {@link TextReport#line} prints it, at error level for an error and warn
   * level for a warning.
   */
  protected void log(List<Finding> findings) {
    for (Finding finding : findings) {
      if (finding.severity() == Severity.ERROR) {
        getLog().error(TextReport.line(finding));
      } else {
        getLog().warn(TextReport.line(finding));
      }
    }
  }

  /** Writes {@code text} to {@code name} in the report directory; returns the file. */
  private Path writeReport(String name, String text) throws MojoExecutionException {
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
      return OutputFormat.of(ReportFormat.class, format);
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

  private MojoExecutionException buildError(CatalogException e) {
    List<String> problems = e.problems();
    problems.forEach(problem -> getLog().error(problem));
    String first = problems.isEmpty() ? e.getMessage() : problems.get(0);
    String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more above)" : "";
    return new MojoExecutionException(first + more, e);
  }
}
