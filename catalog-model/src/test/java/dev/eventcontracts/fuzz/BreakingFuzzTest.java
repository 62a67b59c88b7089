package dev.eventcontracts.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.eventcontracts.engine.BreakingRequest;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.testing.SchemaChange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the compatibility engine: the input is a proto file before and after a change (split at
 * {@code //8<} on a line of its own), checked by every breaking rule in both directions and in both
 * encodings (FULL_TRANSITIVE, JSON).
 */
class BreakingFuzzTest {

  private static final byte[] CATALOG =
      "catalog: fuzz\ndefaults: { encoding: json, compatibility: FULL_TRANSITIVE }\n"
          .getBytes(StandardCharsets.UTF_8);

  @TempDir static Path dir;

  @BeforeAll
  static void catalogs() {
    FuzzedCatalog.write(dir.resolve("then/catalog.yaml"), CATALOG);
    FuzzedCatalog.write(dir.resolve("now/catalog.yaml"), CATALOG);
  }

  @FuzzTest(maxDuration = "5m")
  void breaking(byte[] input) {
    FuzzedCatalog.write(
        dir.resolve("then").resolve(SchemaChange.PROTO_FILE), FuzzedCatalog.before(input));
    FuzzedCatalog.write(
        dir.resolve("now").resolve(SchemaChange.PROTO_FILE), FuzzedCatalog.after(input));
    FuzzedCatalog.run(
        () ->
            new CatalogEngine()
                .breaking(
                    new BreakingRequest(
                        dir.resolve("now"),
                        dir.resolve("then").toString(),
                        LocalDate.of(2026, 6, 1))));
  }
}
