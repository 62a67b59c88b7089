package dev.eventcontracts.cli;

import dev.eventcontracts.CatalogException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --output FILE}: where a command's report goes instead of standard output. */
public final class OutputFile {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  private Path output;

  /** Whether the report goes to standard output, where a terminal may show it. */
  public boolean toStandardOutput() {
    return output == null;
  }

  /** Prints {@code text} to {@code out}, or writes it to the file (creating its directory). */
  public void print(String text, PrintWriter out) {
    if (output == null) {
      out.print(text);
      out.flush();
      return;
    }
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CatalogException.input(output + ": cannot write the report (" + e + ")");
    }
  }
}
