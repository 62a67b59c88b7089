package dev.eventcontracts.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.report.Report;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed CODEOWNERS is read by the loader, like every other file a rule needs: once the
 * catalog is loaded, CODEOWNERS_CURRENT and the CODEOWNERS text need no file.
 */
class CodeownersPureModelTest {

  @TempDir Path temp;

  @Test
  void lintAndCodeownersNeedNoFilesOnceLoaded() throws IOException {
    Path dir = temp.resolve("catalog");
    TestCatalog.in(dir).write(".github/CODEOWNERS", "* @acme/everyone\n");
    CatalogLoader.Loaded loaded = CatalogLoader.load(CatalogEngine.openDirectory(dir));
    Report before = CatalogEngine.lintReport(loaded);
    String generated = dev.eventcontracts.owners.Codeowners.generate(loaded.catalog());

    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }

    Report after = CatalogEngine.lintReport(loaded);
    assertEquals(before.findings(), after.findings());
    assertEquals(generated, dev.eventcontracts.owners.Codeowners.generate(loaded.catalog()));
    List<String> stale =
        after.findings().stream()
            .filter(f -> f.rule().equals("CODEOWNERS_CURRENT"))
            .map(Finding::message)
            .toList();
    assertEquals(1, stale.size(), after.findings().toString());
  }
}
