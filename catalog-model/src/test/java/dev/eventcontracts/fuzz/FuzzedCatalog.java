package dev.eventcontracts.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What every fuzz test holds the engine to: a command over whatever bytes the fuzzer wrote either
 * returns or fails with a {@link CatalogException} of exit 2 whose every line names a file of the
 * catalog. Anything else that escapes (a {@code RuntimeException}, a {@code StackOverflowError}) is
 * a crash the fuzzer reports.
 */
final class FuzzedCatalog {

  /** {@code path[:line[:column]]: message}, the path relative to the catalog, maybe after REF. */
  private static final Pattern NAMES_A_FILE =
      Pattern.compile("(in \\S+: )?[\\w.][\\w./-]*(:\\d+){0,2}: \\S.*");

  /** What separates two files in one fuzz input: before and after, REF and now. */
  static final byte[] SEPARATOR = "\n//8<\n".getBytes(StandardCharsets.US_ASCII);

  private FuzzedCatalog() {}

  /** Runs {@code command}; a {@link CatalogException} passes when it is exit 2 and names a file. */
  static <T> T run(Supplier<T> command) {
    try {
      return command.get();
    } catch (CatalogException e) {
      assertEquals(CatalogException.INPUT, e.exitCode(), e.getMessage());
      for (String problem : e.problems()) {
        assertTrue(NAMES_A_FILE.matcher(problem).matches(), "names no file: " + problem);
      }
      return null;
    }
  }

  /** The part of {@code input} before the first {@link #SEPARATOR}, or all of it. */
  static byte[] before(byte[] input) {
    int at = indexOf(input, SEPARATOR);
    return at < 0 ? input : Arrays.copyOfRange(input, 0, at);
  }

  /** The part of {@code input} after the first {@link #SEPARATOR}, or all of it. */
  static byte[] after(byte[] input) {
    int at = indexOf(input, SEPARATOR);
    return at < 0 ? input : Arrays.copyOfRange(input, at + SEPARATOR.length, input.length);
  }

  static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOf(byte[] input, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= input.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (input[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
