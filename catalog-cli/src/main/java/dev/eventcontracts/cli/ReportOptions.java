package dev.eventcontracts.cli;

import dev.eventcontracts.report.Report;
import dev.eventcontracts.report.ReportFormat;
import dev.eventcontracts.report.ReportSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How a command prints its findings: {@code --format} and {@code --output}. */
public final class ReportOptions {

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      completionCandidates = FormatIds.class,
      description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private ReportFormat format;

  @Mixin private OutputFile output;

  public ReportFormat format() {
    return format;
  }

  /**
   * Renders the report of the catalog in {@code catalogDir} to standard output or {@code --output};
   * for text, the summary line goes to standard error so the report itself stays parseable.
   */
  public void print(Report report, Path catalogDir, PrintWriter out, PrintWriter err) {
    output.print(format.render(report, catalogDir), out);
    if (format == ReportFormat.TEXT) {
      err.println(ReportSummary.of(report));
      err.flush();
    }
  }

  /** Reads {@code --format} in any case, naming the valid formats when it is none of them. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The format names for help and shell completion. */
  static final class FormatIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ReportFormat.ids().iterator();
    }
  }
}
