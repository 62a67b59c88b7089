package dev.eventcontracts.cli;

import dev.eventcontracts.CatalogException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * The catalog a command works on: DIR, the folder of a {@code catalog.yaml} given as DIR, or else
 * the nearest folder holding {@code catalog.yaml} from the current one upward, as git and buf find
 * their roots, so every command works from any folder inside a catalog.
 */
public final class CatalogDirectory {

  static final String SETTINGS = "catalog.yaml";

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "DIR",
      description =
          "The catalog: a folder holding catalog.yaml, or that file. Default: the nearest folder"
              + " holding catalog.yaml, from the current one upward.")
  private Path dir;

  /**
   * The catalog's root folder, absolute, with a relative DIR taken from {@code workingDirectory}.
   */
  public Path path(Path workingDirectory) {
    if (dir == null) {
      return nearest(workingDirectory);
    }
    Path given = workingDirectory.resolve(dir).normalize();
    if (Files.isRegularFile(given)) {
      if (given.getFileName().toString().equals(SETTINGS)) {
        return given.getParent();
      }
      throw CatalogException.input(
          given
              + ": not a catalog; DIR is the folder holding catalog.yaml, or catalog.yaml itself");
    }
    return given;
  }

  private static Path nearest(Path from) {
    for (Path folder = from; folder != null; folder = folder.getParent()) {
      if (Files.isRegularFile(folder.resolve(SETTINGS))) {
        return folder;
      }
    }
    throw CatalogException.input(
        "no catalog.yaml in "
            + from
            + " or any folder above it; run inside a catalog or name its folder as DIR");
  }
}
