package dev.eventcontracts.load;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.Repository;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the Git work tree a catalog directory sits in (the nearest folder upward holding {@code
 * .git}, as {@code report.RepositoryPaths} does) and reads the CODEOWNERS file GitHub would use
 * there: the first of {@code .github/CODEOWNERS}, {@code CODEOWNERS}, {@code docs/CODEOWNERS}.
 * Outside a work tree the same places are looked up in the catalog directory itself.
 */
final class RepositoryReader {

  private RepositoryReader() {}

  static Repository read(Path catalogDir) {
    Path dir = catalogDir.toAbsolutePath().normalize();
    Path root = null;
    for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
      if (Files.exists(candidate.resolve(".git"))) {
        root = candidate;
        break;
      }
    }
    String prefix = "";
    if (root != null) {
      Path relative = root.relativize(dir);
      prefix = relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
      prefix = prefix.isEmpty() ? "" : prefix + "/";
    }
    Path base = root != null ? root : dir;
    for (String place : Repository.CODEOWNERS_PLACES) {
      Path file = base.resolve(place);
      if (Files.isRegularFile(file)) {
        return new Repository(prefix, place, text(file));
      }
    }
    return new Repository(prefix, null, null);
  }

  private static String text(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > TextFiles.MAX_YAML_BYTES) {
        throw CatalogException.input(file + ": too large for a CODEOWNERS file");
      }
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw CatalogException.input(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw CatalogException.input(file + ": cannot read (" + e.getMessage() + ")");
    }
  }
}
