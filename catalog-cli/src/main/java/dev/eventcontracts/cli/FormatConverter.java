package dev.eventcontracts.cli;

import dev.eventcontracts.report.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --format} for every command: any case, and an error that names the valid formats
 * when the value is none of them. {@link CatalogCli} registers one per format type; help and
 * completion list the formats through their {@code toString()}, which is their id.
 */
final class FormatConverter<E extends Enum<E> & OutputFormat> implements ITypeConverter<E> {

  private final Class<E> type;

  private FormatConverter(Class<E> type) {
    this.type = type;
  }

  /** Makes every {@code type} option of {@code cli} and its subcommands read through this. */
  static <E extends Enum<E> & OutputFormat> void register(CommandLine cli, Class<E> type) {
    cli.registerConverter(type, new FormatConverter<>(type));
  }

  @Override
  public E convert(String value) {
    try {
      return OutputFormat.of(type, value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
