package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.testkit.RegistryExtension;
import dev.eventcontracts.testkit.RegistryTest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code catalog import} from a registry that another client filled, through the Confluent REST API
 * alone: import, then lint, deploy and verify as a user runs them. Nothing here depends on which
 * registry answers but its URL.
 */
class ImportCommandTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  static final String ENVELOPE =
      """
      syntax = "proto3";
      package acme.common.v1;

      import "google/protobuf/timestamp.proto";

      message Envelope {
        string tenant_id = 1;
        google.protobuf.Timestamp occurred_at = 2;
      }
      """;

  static final String ORDER_PLACED =
      """
      syntax = "proto3";
      package acme.orders.v1;

      import "acme/common/v1/envelope.proto";

      message OrderPlaced {
        acme.common.v1.Envelope envelope = 1;
        string order_id = 2;
        int64 amount_cents = 3;
      }
      """;

  static final String ORDER_KEY =
      """
      syntax = "proto3";
      package acme.orders.v1;

      message OrderKey {
        string order_id = 1;
      }
      """;

  static final String PARCEL_SHIPPED =
      """
      syntax = "proto3";
      package acme.shipping.v1;

      import "acme/common/v1/envelope.proto";

      message ParcelShipped {
        acme.common.v1.Envelope envelope = 1;
        string parcel_id = 2;
      }
      """;

  @TempDir Path dir;

  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  CliRun run(String... args) {
    return CliRun.in(Invocation.current().withTerminal(false).withEnvironment(Map.of()), args);
  }

  /** Two topics that import one shared file, a key, levels of their own and a global one. */
  void fillRegistry() throws Exception {
    put("/config", "{\"compatibility\": \"BACKWARD\"}");
    register("acme/common/v1/envelope.proto", "PROTOBUF", ENVELOPE);
    register(
        "orders.order-placed.v1-value",
        "PROTOBUF",
        ORDER_PLACED,
        "acme/common/v1/envelope.proto",
        "acme/common/v1/envelope.proto");
    register("orders.order-placed.v1-key", "PROTOBUF", ORDER_KEY);
    register(
        "shipping.parcel-shipped.v1-value",
        "PROTOBUF",
        PARCEL_SHIPPED,
        "acme/common/v1/envelope.proto",
        "acme/common/v1/envelope.proto");
    put("/config/orders.order-placed.v1-value", "{\"compatibility\": \"FULL_TRANSITIVE\"}");
    // an imported file is held to the strictest level of the events that reach it
    put("/config/acme%2Fcommon%2Fv1%2Fenvelope.proto", "{\"compatibility\": \"FULL_TRANSITIVE\"}");
  }

  @RegistryTest
  void importThenLintDeployAndVerifyFindNothingToDo() throws Exception {
    fillRegistry();
    Path out = dir.resolve("acme-events");

    CliRun imported =
        run("import", "--env", "dev", "--registry", registry.url(), "--out", out.toString());

    assertEquals(ExitCode.OK, imported.exitCode(), imported.err());
    assertEquals(
        """
        Imported from dev (%s): 2 events, 3 schema files.
        wrote catalog.yaml
        wrote domains/orders/domain.yaml
        wrote domains/orders/events/order-placed.yaml
        wrote domains/shipping/domain.yaml
        wrote domains/shipping/events/parcel-shipped.yaml
        wrote lint-baseline.yaml
        wrote schemas/acme/common/v1/envelope.proto
        wrote schemas/acme/orders/v1/order_placed.proto
        wrote schemas/acme/shipping/v1/parcel_shipped.proto
        10 lint findings of the imported schemas recorded in lint-baseline.yaml.
        8 TODOs to fill in: catalog lint %s lists them.
        """
            .formatted(registry.url(), out),
        imported.out());
    assertEquals(ENVELOPE, read(out, "schemas/acme/common/v1/envelope.proto"));
    assertEquals(ORDER_PLACED, read(out, "schemas/acme/orders/v1/order_placed.proto"));
    assertEquals(
        """
        name: OrderPlaced
        version: 1
        summary: Registered in dev as orders.order-placed.v1-value.
        owner: TODO                     # the team that answers for this event
        status: active
        schema: { message: acme.orders.v1.OrderPlaced }
        compatibility: FULL_TRANSITIVE
        topics:
          - { name: orders.order-placed.v1, key: order_id }
        producers: [TODO]               # the services that publish it
        consumers: [TODO]               # the services that read it
        """,
        read(out, "domains/orders/events/order-placed.yaml"));

    CliRun lint = run("lint", out.toString());
    CliRun deploy = run("deploy", "--env", "dev", out.toString());
    CliRun verify = run("verify", "--env", "dev", "--strict", out.toString());

    assertEquals(ExitCode.OK, lint.exitCode(), lint.out() + lint.err());
    assertEquals(
        """
        domains/orders/domain.yaml:3:8: warning: CATALOG_NO_TODO Domain "orders" has owner TODO; name the team that answers for it.
        domains/orders/events/order-placed.yaml:4:8: warning: CATALOG_NO_TODO Event "OrderPlaced" has owner TODO; name the team that answers for it.
        domains/orders/events/order-placed.yaml:10:13: warning: CATALOG_NO_TODO Event "OrderPlaced" lists TODO in producers; name the services that publish it.
        domains/orders/events/order-placed.yaml:11:13: warning: CATALOG_NO_TODO Event "OrderPlaced" lists TODO in consumers; name the services that read it.
        domains/shipping/domain.yaml:3:8: warning: CATALOG_NO_TODO Domain "shipping" has owner TODO; name the team that answers for it.
        domains/shipping/events/parcel-shipped.yaml:4:8: warning: CATALOG_NO_TODO Event "ParcelShipped" has owner TODO; name the team that answers for it.
        domains/shipping/events/parcel-shipped.yaml:10:13: warning: CATALOG_NO_TODO Event "ParcelShipped" lists TODO in producers; name the services that publish it.
        domains/shipping/events/parcel-shipped.yaml:11:13: warning: CATALOG_NO_TODO Event "ParcelShipped" lists TODO in consumers; name the services that read it.
        note: 10 findings in the baseline (lint-baseline.yaml).
        """,
        lint.out());
    assertEquals(ExitCode.OK, deploy.exitCode(), deploy.out() + deploy.err());
    assertTrue(deploy.out().endsWith("No changes: dev matches the catalog.\n"), deploy.out());
    assertEquals(ExitCode.OK, verify.exitCode(), verify.out() + verify.err());
    assertEquals("", verify.out());
    assertEquals("0 errors, 0 warnings\n", verify.err());
  }

  @Test
  void listsWhatItLeavesOutAndWhy() throws Exception {
    register(
        "payments.payment-made.v1-value",
        "AVRO",
        "{\"type\":\"record\",\"name\":\"PaymentMade\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}");
    register(
        "web.page-viewed.v1-value",
        "JSON",
        "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\"}");
    register(
        "legacy.search-done.v1-value",
        "PROTOBUF",
        "syntax = \"proto3\";\npackage acme.legacy.v1;\n\n"
            + "message SearchDone {\n".repeat(101)
            + "}\n".repeat(101));
    register(
        "orders.order-placed.v1-value", "PROTOBUF", ORDER_KEY.replace("OrderKey", "OrderPlaced"));
    register(
        "orders.order-placed.v1-key",
        "PROTOBUF",
        ORDER_KEY.replace("string order_id = 1;", "string order_id = 1;\n  string region = 2;"));
    Path out = dir.resolve("acme-events");

    CliRun imported =
        run("import", "--env", "dev", "--registry", registry.url(), "--out", out.toString());

    assertEquals(ExitCode.OK, imported.exitCode(), imported.err());
    assertEquals(
        """
        Imported from dev (%1$s): 1 event, 1 schema file.
        wrote catalog.yaml
        wrote domains/orders/domain.yaml
        wrote domains/orders/events/order-placed.yaml
        wrote lint-baseline.yaml
        wrote schemas/acme/orders/v1/order_placed.proto
        Not imported: 2 subjects that are not Protobuf (1 AVRO, 1 JSON):
          payments.payment-made.v1-value (AVRO)
          web.page-viewed.v1-value (JSON)
        Not imported: 2 Protobuf subjects:
          legacy.search-done.v1-value: the catalog's loader cannot read it: schemas/acme/legacy/v1/search_done.proto:104:20: nested more than 100 levels deep
          orders.order-placed.v1-key: the key message does not map to one field of the value message with the same name and type
        2 lint findings of the imported schemas recorded in lint-baseline.yaml.
        4 TODOs to fill in: catalog lint %2$s lists them.
        """
            .formatted(registry.url(), out),
        imported.out());
  }

  @Test
  void saysWhatADeployRightAfterWouldStillChange() throws Exception {
    register("acme/common/v1/envelope.proto", "PROTOBUF", ENVELOPE);
    register(
        "orders.order-placed.v1-value",
        "PROTOBUF",
        ORDER_PLACED,
        "acme/common/v1/envelope.proto",
        "acme/common/v1/envelope.proto");
    // a second version of the import, which the topic subject does not reference yet
    register(
        "acme/common/v1/envelope.proto",
        "PROTOBUF",
        ENVELOPE.replace("occurred_at = 2;", "occurred_at = 2;\n  string trace_id = 3;"));
    Path out = dir.resolve("acme-events");

    CliRun imported =
        run("import", "--env", "dev", "--registry", registry.url(), "--out", out.toString());
    CliRun deploy = run("deploy", "--env", "dev", "--dry-run", out.toString());

    assertEquals(ExitCode.OK, imported.exitCode(), imported.err());
    assertTrue(
        imported
            .out()
            .contains(
                "A deploy to dev right after would still change:\n"
                    + "  orders.order-placed.v1-value: version 1 references"
                    + " acme/common/v1/envelope.proto (subject acme/common/v1/envelope.proto"
                    + " version 1); deploy would register a new version referencing the latest"
                    + " version of each import\n"),
        imported.out());
    assertTrue(
        deploy.out().contains("  + register       orders.order-placed.v1-value "), deploy.out());
  }

  @Test
  void importsIntoAnInitializedCatalogFromItsEnvironment() throws Exception {
    fillRegistry();
    Path out = dir.resolve("acme-events");
    assertEquals(ExitCode.OK, run("init", out.toString()).exitCode());

    CliRun imported = withDevRegistry("import", "--env", "dev", "--out", out.toString());
    CliRun deploy = withDevRegistry("deploy", "--env", "dev", out.toString());
    CliRun verify = withDevRegistry("verify", "--env", "dev", "--strict", out.toString());
    CliRun again = withDevRegistry("import", "--env", "dev", "--out", out.toString());

    assertEquals(ExitCode.OK, imported.exitCode(), imported.err());
    assertTrue(imported.out().contains("\nupdated catalog.yaml\n"), imported.out());
    // the level the registry answers for the subject, as deploy and verify read it (Apicurio
    // 2.6 answers NONE for a subject without a level of its own), not the catalog's default
    assertTrue(
        read(out, "domains/shipping/events/parcel-shipped.yaml")
            .contains("\ncompatibility: NONE\n"));
    assertTrue(deploy.out().endsWith("No changes: dev matches the catalog.\n"), deploy.out());
    assertEquals(ExitCode.OK, verify.exitCode(), verify.out() + verify.err());
    assertEquals(ExitCode.OK, again.exitCode(), again.err());
    assertEquals(
        "Imported from dev ("
            + registry.url()
            + "): 0 events, 0 schema files.\n"
            + "8 TODOs to fill in: catalog lint "
            + out
            + " lists them.\n",
        again.out());
  }

  CliRun withDevRegistry(String... args) {
    return CliRun.in(
        Invocation.current()
            .withTerminal(false)
            .withEnvironment(Map.of("DEV_SCHEMA_REGISTRY_URL", registry.url())),
        args);
  }

  @Test
  void needsARegistryForANewCatalogAndOneThatAnswers() {
    Path out = dir.resolve("acme-events");

    CliRun withoutUrl = run("import", "--env", "dev", "--out", out.toString());
    CliRun down =
        run(
            "import",
            "--env",
            "dev",
            "--registry",
            "http://127.0.0.1:9/apis/ccompat/v7",
            "--out",
            out.toString());

    assertEquals(ExitCode.INPUT, withoutUrl.exitCode());
    assertEquals(
        "catalog: "
            + out
            + ": no catalog.yaml; give --registry URL to write a new catalog, or run catalog init"
            + " and set the registry of environment \"dev\" first\n",
        withoutUrl.err());
    assertEquals(ExitCode.UNREACHABLE, down.exitCode());
    assertTrue(
        down.err().startsWith("catalog: GET http://127.0.0.1:9/apis/ccompat/v7/config: "),
        down.err());
    assertTrue(Files.notExists(out));
  }

  static String read(Path root, String path) throws IOException {
    return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
  }

  /** Registers through the REST API, with references given as import name, subject pairs. */
  void register(String subject, String type, String schema, String... references) throws Exception {
    ObjectNode body = json.createObjectNode().put("schemaType", type).put("schema", schema);
    var refs = body.putArray("references");
    for (int i = 0; i < references.length; i += 2) {
      refs.addObject()
          .put("name", references[i])
          .put("subject", references[i + 1])
          .put("version", 1);
    }
    send("POST", "/subjects/" + encode(subject) + "/versions", body.toString());
  }

  void put(String path, String body) throws Exception {
    send("PUT", path, body);
  }

  void send(String method, String path, String body) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(registry.url() + path))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), method + " " + path + ": " + response.body());
  }

  static String encode(String subject) {
    return URLEncoder.encode(subject, StandardCharsets.UTF_8);
  }
}
