package dev.eventcontracts.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DiffRequest;
import dev.eventcontracts.engine.DiffResult;
import dev.eventcontracts.report.DiffFormat;
import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the contract diff: the input is an event file before and after a change (split at {@code
 * //8<} on a line of its own) in two copies of the test catalog, diffed and rendered in every
 * format.
 */
class DiffFuzzTest {

  @TempDir static Path dir;

  @BeforeAll
  static void catalogs() {
    TestCatalog.in(dir.resolve("then"));
    TestCatalog.in(dir.resolve("now"));
  }

  @FuzzTest(maxDuration = "5m")
  void diff(byte[] input) {
    FuzzedCatalog.write(
        dir.resolve("then").resolve(TestCatalog.EVENT_FILE), FuzzedCatalog.before(input));
    FuzzedCatalog.write(
        dir.resolve("now").resolve(TestCatalog.EVENT_FILE), FuzzedCatalog.after(input));
    DiffResult result =
        FuzzedCatalog.run(
            () ->
                new CatalogEngine()
                    .diff(
                        new DiffRequest(
                            dir.resolve("now"),
                            dir.resolve("then").toString(),
                            LocalDate.of(2026, 6, 1))));
    if (result != null) {
      for (DiffFormat format : DiffFormat.values()) {
        result.render(format);
      }
    }
  }
}
