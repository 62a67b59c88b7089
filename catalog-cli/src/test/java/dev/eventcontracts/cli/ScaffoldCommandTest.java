package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code catalog init}, {@code new service} and {@code new event}: each leaves a clean catalog. */
class ScaffoldCommandTest {

  @TempDir Path root;

  private static final String CLEAN = "0 errors, 0 warnings\n";

  @Test
  void initWritesACatalogThatLintsClean() {
    Path dir = root.resolve("acme-events");

    CliRun init = CliRun.catalog("init", dir.toString());

    assertEquals(ExitCode.OK, init.exitCode(), init.err());
    assertEquals("wrote catalog.yaml\nwrote domains/core/domain.yaml\n", init.out());
    CliRun lint = CliRun.catalog("lint", dir.toString());
    assertEquals(CLEAN, lint.err(), lint.out());
    assertEquals(ExitCode.OK, lint.exitCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"protobuf", "json"})
  void initNewServiceNewEventLintsClean(String encoding) throws Exception {
    Path dir = root.resolve("acme-events");
    String d = dir.toString();
    assertEquals(ExitCode.OK, CliRun.catalog("init", d, "--domain", "orders").exitCode());

    CliRun service =
        CliRun.catalog("new", "service", "--name", "order-service", "--owner", "platform", d);
    CliRun event =
        CliRun.catalog(
            "new",
            "event",
            "--domain",
            "orders",
            "--name",
            "OrderPlaced",
            "--producer",
            "order-service",
            "--encoding",
            encoding,
            d);

    assertEquals(ExitCode.OK, service.exitCode(), service.err());
    assertEquals("wrote services/order-service.yaml\n", service.out());
    assertEquals(ExitCode.OK, event.exitCode(), event.err());
    assertEquals(
        """
        wrote domains/orders/events/order-placed.yaml
        wrote domains/orders/events/examples/order-placed.json
        wrote schemas/acme/orders/v1/order_placed.proto
        """,
        event.out());
    assertTrue(
        Files.readString(dir.resolve("domains/orders/events/order-placed.yaml"))
            .contains("encoding: " + encoding + "\n"));
    CliRun lint = CliRun.catalog("lint", d);
    assertEquals(CLEAN, lint.err(), lint.out());
    assertEquals(ExitCode.OK, lint.exitCode());
  }

  @Test
  void nothingIsWrittenOverAnExistingFile() throws Exception {
    Path dir = root.resolve("acme");
    String d = dir.toString();
    assertEquals(ExitCode.OK, CliRun.catalog("init", d).exitCode());
    String settings = Files.readString(dir.resolve("catalog.yaml"));

    CliRun again = CliRun.catalog("init", d);

    assertEquals(ExitCode.INPUT, again.exitCode());
    assertEquals(
        "catalog: "
            + dir.resolve("catalog.yaml")
            + ": exists; catalog init never writes over a file\ncatalog: "
            + dir.resolve("domains/core/domain.yaml")
            + ": exists; catalog init never writes over a file\n",
        again.err());
    assertEquals(settings, Files.readString(dir.resolve("catalog.yaml")));

    assertEquals(
        ExitCode.OK,
        CliRun.catalog("new", "event", "--domain", "core", "--name", "ThingHappened", d)
            .exitCode());
    Path proto = dir.resolve("schemas/acme/core/v1/thing_happened.proto");
    Files.writeString(proto, "// mine\n");
    Files.delete(dir.resolve("domains/core/events/thing-happened.yaml"));
    CliRun event = CliRun.catalog("new", "event", "--domain", "core", "--name", "ThingHappened", d);
    assertEquals(ExitCode.INPUT, event.exitCode(), event.err());
    assertTrue(event.err().contains("thing_happened.proto: exists;"), event.err());
    assertEquals("// mine\n", Files.readString(proto));
    assertTrue(Files.notExists(dir.resolve("domains/core/events/thing-happened.yaml")));
  }
}
