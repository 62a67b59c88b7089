package dev.eventcontracts.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.LintRequest;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the YAML side of the loader and the lint rules behind it: the first byte picks one of the
 * catalog's YAML files, the rest is written there, and the catalog is linted.
 */
class YamlLoaderFuzzTest {

  private static final List<String> FILES =
      List.of(
          TestCatalog.EVENT_FILE,
          "catalog.yaml",
          TestCatalog.DOMAIN_FILE,
          "services/archiver.yaml");

  @TempDir static Path dir;

  @BeforeAll
  static void catalog() {
    TestCatalog.in(dir);
  }

  @FuzzTest(maxDuration = "5m")
  void lint(byte[] input) {
    String file = input.length == 0 ? FILES.get(0) : FILES.get((input[0] & 0xff) % FILES.size());
    byte[] text = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
    FuzzedCatalog.write(dir.resolve(file), text);
    try {
      FuzzedCatalog.run(() -> new CatalogEngine().lint(new LintRequest(dir)));
    } finally {
      TestCatalog.in(dir);
    }
  }
}
