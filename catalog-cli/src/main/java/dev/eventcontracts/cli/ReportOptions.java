package dev.eventcontracts.cli;

import dev.eventcontracts.report.Report;
import dev.eventcontracts.report.ReportFormat;
import dev.eventcontracts.report.ReportSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How a command prints its findings: {@code --format} and {@code --output}. */
public final class ReportOptions {

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private ReportFormat format;

  @Mixin private OutputFile output;

  public ReportFormat format() {
    return format;
  }

  /**
   * Renders the report of the catalog in {@code catalogDir} to standard output or {@code --output};
   * for text, the summary line goes to standard error so the report itself stays parseable. Text is
   * coloured only on standard output, when {@code invocation} says that is a colour terminal.
   */
  public void print(
      Report report, Path catalogDir, Invocation invocation, PrintWriter out, PrintWriter err) {
    boolean colour = output.toStandardOutput() && invocation.colour();
    output.print(format.render(report, catalogDir, colour), out);
    if (format == ReportFormat.TEXT) {
      err.println(ReportSummary.of(report));
      err.flush();
    }
  }
}
