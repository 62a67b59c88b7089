package dev.eventcontracts.cli;

import dev.eventcontracts.CatalogException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --output FILE}: where a command's report goes instead of standard output. */
public final class OutputFile {

  /** The FILE that means standard output, as in most command line tools. */
  static final String STANDARD_OUTPUT = "-";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report to FILE (missing folders are created) instead of standard output;"
              + " - is standard output.")
  private Path output;

  /** FILE as given, or null when the report goes to standard output. */
  public Path file() {
    return toStandardOutput() ? null : output;
  }

  /** Whether the report goes to standard output, where a terminal may show it. */
  public boolean toStandardOutput() {
    return output == null || output.toString().equals(STANDARD_OUTPUT);
  }

  /**
   * Fails with one line (exit 2) when FILE is a folder, so a command with side effects, such as a
   * deploy, stops before making them rather than after.
   */
  public void check() {
    if (!toStandardOutput() && Files.isDirectory(output)) {
      throw CatalogException.input(
          output + ": is a folder; --output takes a file, such as " + output.resolve("report.txt"));
    }
  }

  /** Prints {@code text} to {@code out}, or writes it to the file (creating its folder). */
  public void print(String text, PrintWriter out) {
    if (toStandardOutput()) {
      out.print(text);
      out.flush();
      return;
    }
    check();
    try {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw CatalogException.input(output + ": cannot write the report: " + reason(e, output));
    }
  }

  /**
   * What went wrong, in words: not the exception's class name, and the path it names only when that
   * is a folder on the way rather than FILE itself.
   */
  private static String reason(IOException e, Path output) {
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " is a file, not a folder";
    }
    if (e instanceof FileSystemException fs) {
      String what = fs instanceof AccessDeniedException ? "permission denied" : fs.getReason();
      if (what == null) {
        what = e.getClass().getSimpleName();
      }
      boolean elsewhere = fs.getFile() != null && !Path.of(fs.getFile()).equals(output);
      return elsewhere ? what + " (" + fs.getFile() + ")" : what;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
