package dev.eventcontracts.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.testing.GitCatalog;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog read from the objects of a commit, as a directory would read it. */
class GitTreeSourceTest {

  @TempDir Path dir;

  @Test
  void readsTheCommittedFilesBelowTheSubPathNotTheWorkTree() throws Exception {
    try (GitCatalog repo = GitCatalog.create(dir)) {
      repo.catalog().write(".hidden/notes.yaml", "x: 1\n").write("target/build.txt", "x\n");
      repo.commit("Add files a directory read skips too");
      repo.catalog().write("catalog.yaml", "catalog: changed-in-work-tree\n");
      ObjectId head = repo.git().getRepository().resolve("HEAD");

      GitTreeSource source =
          GitTreeSource.read(repo.git().getRepository(), head, GitCatalog.SUB_PATH, "HEAD:x");

      DirectorySource directory = new DirectorySource(repo.catalog().root());
      assertEquals(directory.files(), source.files());
      assertArrayEquals(
          TestCatalog.CATALOG_YAML.getBytes(StandardCharsets.UTF_8), source.read("catalog.yaml"));
      assertTrue(source.exists(TestCatalog.PROTO_FILE));
      assertFalse(source.exists(".hidden/notes.yaml"));
      assertFalse(source.exists("../README.md"));
      assertThrows(NoSuchFileException.class, () -> source.read("services/missing.yaml"));
      assertThrows(PathEscapeException.class, () -> source.read("../catalog.yaml"));
      assertEquals("HEAD:x", source.describe());
      assertEquals(
          "catalog: changed-in-work-tree\n",
          Files.readString(repo.catalog().root().resolve("catalog.yaml")));
    }
  }

  @Test
  void aSubPathMissingFromTheCommitIsNoSuchFile() throws Exception {
    try (GitCatalog repo = GitCatalog.create(dir)) {
      ObjectId head = repo.git().getRepository().resolve("HEAD");
      assertThrows(
          NoSuchFileException.class,
          () -> GitTreeSource.read(repo.git().getRepository(), head, "elsewhere", "HEAD"));
    }
  }
}
