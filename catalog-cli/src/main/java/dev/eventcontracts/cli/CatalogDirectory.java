package dev.eventcontracts.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The catalog a command works on: a directory, the current one unless given. */
public final class CatalogDirectory {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Catalog directory (holding catalog.yaml). Default: the current directory.")
  private Path dir;

  public Path path() {
    return dir.toAbsolutePath().normalize();
  }
}
