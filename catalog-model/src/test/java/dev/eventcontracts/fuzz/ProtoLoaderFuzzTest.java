package dev.eventcontracts.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.LintRequest;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the proto side of the loader (Wire's parser and linker behind ours) and the lint rules
 * over what loads: the input is the event's proto file, and the catalog is linted.
 */
class ProtoLoaderFuzzTest {

  @TempDir static Path dir;

  @BeforeAll
  static void catalog() {
    TestCatalog.in(dir);
  }

  @FuzzTest(maxDuration = "5m")
  void lint(byte[] input) {
    FuzzedCatalog.write(dir.resolve(TestCatalog.PROTO_FILE), input);
    FuzzedCatalog.run(() -> new CatalogEngine().lint(new LintRequest(dir)));
  }
}
