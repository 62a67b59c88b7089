package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.testkit.RegistryExtension;
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

  @Test
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
