package dev.eventcontracts.cli;

import dev.eventcontracts.diff.DiffFormat;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DiffRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show the contract diff against REF for review: events added, removed and changed, which"
          + " changes break consumers, and whose approval the change needs.",
      "Exits 0 whatever it finds, 2 when a catalog or REF cannot be read, 3 when Git cannot be"
          + " read."
    })
final class DiffCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private OutputFile output;

  @Option(
      names = "--against",
      required = true,
      paramLabel = "REF",
      description =
          "The catalog to compare with: a directory, or a Git revision (main, origin/main, v1.4.0,"
              + " a SHA, HEAD~1) of the repository holding DIR.")
  private String against;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "markdown",
      converter = FormatConverter.class,
      completionCandidates = FormatIds.class,
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private DiffFormat format;

  private final CatalogEngine engine;

  DiffCommand(CatalogEngine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() {
    String rendered = engine.diff(new DiffRequest(catalog.path(), against)).render(format);
    output.print(rendered, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  /** Reads {@code --format} in any case, naming the valid formats when it is none of them. */
  static final class FormatConverter implements ITypeConverter<DiffFormat> {
    @Override
    public DiffFormat convert(String value) {
      try {
        return DiffFormat.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The format names for help and shell completion. */
  static final class FormatIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return DiffFormat.ids().iterator();
    }
  }
}
