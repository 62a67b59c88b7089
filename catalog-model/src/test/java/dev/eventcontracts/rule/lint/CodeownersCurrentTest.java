package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.CodeownersRequest;
import dev.eventcontracts.testing.GitCatalog;
import dev.eventcontracts.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeownersCurrentTest {

  @TempDir Path dir;

  private static String generated(Path catalog) {
    return new CatalogEngine().codeowners(new CodeownersRequest(catalog)).generated();
  }

  @Test
  void silentWithoutCodeownersFile() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("CODEOWNERS_CURRENT"));
  }

  @Test
  void silentWhenTheFileIsTheGeneratedOne() {
    TestCatalog catalog = TestCatalog.in(dir);
    catalog.write(".github/CODEOWNERS", generated(dir));
    assertEquals(List.of(), catalog.findings("CODEOWNERS_CURRENT"));
  }

  @Test
  void firesWhenAConsumerWasAddedSinceItWasGenerated() {
    TestCatalog catalog = TestCatalog.in(dir);
    catalog.write("CODEOWNERS", generated(dir));
    catalog
        .replace(
            "catalog.yaml",
            "  architecture: {",
            "  compliance: { github: \"@acme/compliance\" }\n  architecture: {")
        .write("services/vault.yaml", "name: vault\nowner: compliance\nsummary: Keeps messages.\n")
        .replace(TestCatalog.EVENT_FILE, "consumers: [archiver]", "consumers: [archiver, vault]");
    assertEquals(
        List.of(
            "catalog.yaml:1:1: CODEOWNERS file \"CODEOWNERS\" is not the one catalog codeowners"
                + " generates from the owners, producers, consumers and architects; regenerate it"
                + " from the repository root with \"catalog codeowners . -o CODEOWNERS\"."),
        catalog.findings("CODEOWNERS_CURRENT"));
    assertEquals(
        "warning",
        catalog.lint().report().findings().stream()
            .filter(f -> f.rule().equals("CODEOWNERS_CURRENT"))
            .findFirst()
            .orElseThrow()
            .severity()
            .id());
  }

  @Test
  void inAGitRepositoryTheFileIsLookedUpAtTheRoot() {
    try (GitCatalog repo = GitCatalog.create(dir)) {
      Path catalog = repo.catalog().root();
      Files.writeString(
          dir.resolve("docs/CODEOWNERS"), "* @acme/everyone\n", mkdirs(dir.resolve("docs")));
      assertEquals(
          List.of(
              "catalog.yaml:1:1: CODEOWNERS file \"docs/CODEOWNERS\" is not the one catalog"
                  + " codeowners generates from the owners, producers, consumers and architects;"
                  + " regenerate it from the repository root with \"catalog codeowners"
                  + " contracts/events -o docs/CODEOWNERS\"."),
          repo.catalog().findings("CODEOWNERS_CURRENT"));
      // GitHub reads .github/CODEOWNERS first: once it is current, docs/CODEOWNERS is not read.
      // The header names where the file is, so generate once the file is in its place.
      Files.createDirectories(dir.resolve(".github"));
      Files.writeString(dir.resolve(".github/CODEOWNERS"), "");
      Files.writeString(dir.resolve(".github/CODEOWNERS"), generated(catalog));
      assertEquals(List.of(), repo.catalog().findings("CODEOWNERS_CURRENT"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static java.nio.file.OpenOption[] mkdirs(Path folder) throws IOException {
    Files.createDirectories(folder);
    return new java.nio.file.OpenOption[0];
  }
}
