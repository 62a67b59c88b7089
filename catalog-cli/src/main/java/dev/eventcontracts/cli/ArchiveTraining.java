package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs lint, breaking, diff and docs on one catalog in one JVM, their output thrown away, so that
 * the launcher can record a class-data archive of every class those commands load (a JVM records
 * one archive per run). Usage: {@code java -XX:ArchiveClassesAtExit=A -cp catalog.jar
 * dev.eventcontracts.cli.ArchiveTraining CATALOG}.
 */
public final class ArchiveTraining {

  private ArchiveTraining() {}

  public static void main(String[] args) throws IOException {
    String catalog = args[0];
    CatalogEngine.prepareInBackground();
    Path site = Files.createTempDirectory("catalog-archive-training");
    PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
    try {
      for (List<String> command :
          List.of(
              List.of("lint", catalog),
              List.of("breaking", catalog, "--against", catalog),
              List.of("diff", catalog, "--against", catalog),
              List.of("docs", catalog, "--out", site.toString()))) {
        String[] arguments = command.toArray(String[]::new);
        CatalogCli.forArguments(nowhere, nowhere, Invocation.current(), arguments)
            .execute(arguments);
      }
    } finally {
      delete(site);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
