package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.model.Environment;
import dev.eventcontracts.model.RegistrySettings;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.testkit.ApicurioVersion;
import dev.eventcontracts.testkit.FaultProxy;
import dev.eventcontracts.testkit.RegistryExtension;
import dev.eventcontracts.testkit.RegistryTest;
import dev.eventcontracts.testkit.TestCertificates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The registry client against a real Apicurio registry, directly and through a faulty network. */
class HttpRegistryClientTest {

  @RegisterExtension static final RegistryExtension registry = new RegistryExtension();

  static final String ENVELOPE =
      """
      syntax = "proto3";
      package acme.common.v1;
      message Envelope { string event_id = 1; }
      """;
  static final String ORDER =
      """
      syntax = "proto3";
      package acme.orders.v1;
      import "acme/common/v1/envelope.proto";
      message OrderPlaced { acme.common.v1.Envelope envelope = 1; string order_id = 2; }
      """;
  static final String ORDER_RETYPED = ORDER.replace("string order_id", "int64 order_id");

  FaultProxy proxy;
  HttpRegistryClient client;

  @BeforeEach
  void setUp() {
    proxy = new FaultProxy(registry.url());
    client = RegistryFixture.client(proxy.url());
  }

  @AfterEach
  void tearDown() {
    proxy.close();
  }

  static SchemaContent order(String text) {
    return new SchemaContent(
        text,
        List.of(
            new SchemaReference(
                "acme/common/v1/envelope.proto", "acme/common/v1/envelope.proto", 1)));
  }

  @RegistryTest
  void registersASchemaWithReferencesAndReadsItBack() {
    client.register("acme/common/v1/envelope.proto", new SchemaContent(ENVELOPE, List.of()));
    int id = client.register("orders.order-placed.v1-value", order(ORDER));

    RegisteredSchema latest = client.latest("orders.order-placed.v1-value").orElseThrow();
    assertEquals(1, latest.version());
    assertEquals(id, latest.id());
    assertEquals(order(ORDER).references(), latest.references());
    assertEquals(ORDER, client.schemaById(id).schema());
    assertEquals(
        List.of("acme/common/v1/envelope.proto", "orders.order-placed.v1-value"),
        client.subjects());
    assertEquals(List.of(1), client.versions("orders.order-placed.v1-value"));
  }

  @RegistryTest
  void registeringTheSameSchemaTwiceKeepsOneVersion() {
    client.register("acme/common/v1/envelope.proto", new SchemaContent(ENVELOPE, List.of()));
    int first = client.register("orders.order-placed.v1-value", order(ORDER));
    int second = client.register("orders.order-placed.v1-value", order(ORDER));

    assertEquals(first, second);
    assertEquals(List.of(1), client.versions("orders.order-placed.v1-value"));
  }

  @RegistryTest
  void lookupTellsAHeldSchemaANewVersionAndANewSubjectApart() {
    client.register("acme/common/v1/envelope.proto", new SchemaContent(ENVELOPE, List.of()));
    client.register("orders.order-placed.v1-value", order(ORDER));

    assertEquals(
        RegistryClient.Lookup.Status.FOUND,
        client.lookup("orders.order-placed.v1-value", order(ORDER)).status());
    assertEquals(
        RegistryClient.Lookup.Status.NEW_VERSION,
        client.lookup("orders.order-placed.v1-value", order(ORDER_RETYPED)).status());
    assertEquals(
        RegistryClient.Lookup.Status.NEW_SUBJECT,
        client.lookup("orders.order-cancelled.v1-value", order(ORDER)).status());
  }

  @RegistryTest
  void compatibilityCheckGivesTheRegistryReasons() {
    client.register("acme/common/v1/envelope.proto", new SchemaContent(ENVELOPE, List.of()));
    client.setCompatibility("orders.order-placed.v1-value", CompatibilityMode.BACKWARD);
    client.register("orders.order-placed.v1-value", order(ORDER));

    if (registry.version() != ApicurioVersion.V2_6_13) {
      // 3.3 cannot parse a schema with references there (it registers and checks it, though)
      RegistryException e =
          assertThrows(
              RegistryException.class,
              () ->
                  client.checkCompatibility("orders.order-placed.v1-value", order(ORDER_RETYPED)));
      assertEquals(422, e.status());
      assertEquals(42201, e.errorCode());
      return;
    }
    CompatibilityCheck check =
        client.checkCompatibility("orders.order-placed.v1-value", order(ORDER_RETYPED));

    assertFalse(check.compatible());
    assertTrue(
        String.join(" ", check.reasons()).contains("not backward compatible"),
        check.reasons().toString());
    assertTrue(client.checkCompatibility("no-such-subject", order(ORDER)).compatible());
  }

  @RegistryTest
  void compatibilityLevelIsKeptPerSubject() {
    assertEquals(Optional.empty(), client.compatibility("orders.order-placed.v1-value"));
    client.setCompatibility("orders.order-placed.v1-value", CompatibilityMode.FULL_TRANSITIVE);
    assertEquals(
        Optional.of(CompatibilityMode.FULL_TRANSITIVE),
        client.compatibility("orders.order-placed.v1-value"));
  }

  @RegistryTest
  void anIncompatibleRegistrationNamesSubjectAndStatus() {
    client.register("acme/common/v1/envelope.proto", new SchemaContent(ENVELOPE, List.of()));
    client.setCompatibility("orders.order-placed.v1-value", CompatibilityMode.BACKWARD);
    client.register("orders.order-placed.v1-value", order(ORDER));

    RegistryException e =
        assertThrows(
            RegistryException.class,
            () -> client.register("orders.order-placed.v1-value", order(ORDER_RETYPED)));

    assertEquals(409, e.status());
    assertTrue(e.getMessage().contains("/subjects/orders.order-placed.v1-value/versions"));
    assertTrue(e.getMessage().contains("answered 409"), e.getMessage());
    assertTrue(e.getMessage().contains("incompatible"), e.getMessage());
    assertEquals(
        2,
        proxy.requestsTo("/subjects/orders.order-placed.v1-value/versions?").size(),
        "one registration that passed, one refused and not retried");
  }

  @Test
  void a503BurstIsRetried() {
    proxy.failNext(3, FaultProxy.status(503));

    assertEquals(List.of(), client.subjects());
    assertEquals(4, proxy.requests().size());
  }

  @Test
  void aConnectionResetIsRetried() {
    proxy.failNext(2, FaultProxy.reset());

    assertEquals(List.of(), client.subjects());
    assertEquals(3, proxy.requests().size());
  }

  @Test
  void anAnswerThatDoesNotComeWithinTheTimeoutIsRetried() {
    HttpRegistryClient impatient =
        new HttpRegistryClient(
            RegistryEndpoint.of("test", proxy.url()),
            new ClientSettings(
                Duration.ofSeconds(2),
                Duration.ofMillis(300),
                new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50))));
    proxy.failNext(1, FaultProxy.silence(Duration.ofSeconds(2)));

    assertEquals(List.of(), impatient.subjects());
    assertEquals(2, proxy.requests().size());
  }

  @Test
  void otherClientErrorsAreNotRetried() {
    proxy.failNext(1, FaultProxy.status(403));

    RegistryException e = assertThrows(RegistryException.class, () -> client.subjects());

    assertEquals(1, proxy.requests().size());
    assertEquals(CatalogException.INPUT, e.exitCode());
    assertEquals(
        "GET "
            + proxy.url()
            + "/subjects?offset=0&limit=1000 answered 403 (registry error 403): permission denied"
            + " for these credentials",
        e.getMessage());
  }

  @Test
  void aRegistryThatKeepsFailingIsUnreachableAfterTheRetries() {
    proxy.failNext(10, FaultProxy.status(503));

    RegistryException e = assertThrows(RegistryException.class, () -> client.subjects());

    assertEquals(CatalogException.UNREACHABLE, e.exitCode());
    assertEquals(
        "GET "
            + proxy.url()
            + "/subjects?offset=0&limit=1000 answered 503 (registry error 503) (after 4 attempts)",
        e.getMessage());
    assertEquals(4, proxy.requests().size());
  }

  @Test
  void aUrlWithoutTheApiPathIsExitTwoNamingTheLikelyPathAndNoSubjectPassesForMissing() {
    String root = "http://127.0.0.1:" + registry.registry().port();
    HttpRegistryClient atRoot = RegistryFixture.client(root);
    String hint =
        " answered 404, not a Schema Registry answer: "
            + root
            + " (the registry url of environment \"test\") is not the API root; Apicurio Registry"
            + " serves it at "
            + root
            + "/apis/ccompat/v7";

    RegistryException latest =
        assertThrows(RegistryException.class, () -> atRoot.latest("chat.ping.v1-value"));
    RegistryException subjects = assertThrows(RegistryException.class, atRoot::subjects);
    RegistryException lookup =
        assertThrows(
            RegistryException.class,
            () -> atRoot.lookup("chat.ping.v1-value", new SchemaContent(ENVELOPE, List.of())));

    assertEquals(CatalogException.INPUT, latest.exitCode());
    assertEquals(404, latest.status());
    assertEquals(
        "GET " + root + "/subjects/chat.ping.v1-value/versions/latest" + hint, latest.getMessage());
    assertEquals("GET " + root + "/subjects?offset=0&limit=1000" + hint, subjects.getMessage());
    assertEquals(
        "POST " + root + "/subjects/chat.ping.v1-value?normalize=true" + hint, lookup.getMessage());
    assertEquals(3, atRoot.requestCount(), "a 404 is not retried");
  }

  @Test
  void aUrlWithAnotherWrongPathNamesEveryLikelyRoot() {
    String origin = "http://127.0.0.1:" + registry.registry().port();
    HttpRegistryClient wrong = RegistryFixture.client(origin + "/registry");

    RegistryException e = assertThrows(RegistryException.class, wrong::subjects);

    assertEquals(CatalogException.INPUT, e.exitCode());
    assertTrue(
        e.getMessage()
            .endsWith(
                "/registry (the registry url of environment \"test\") is not the API root;"
                    + " Apicurio Registry serves it at "
                    + origin
                    + "/apis/ccompat/v7, Confluent, Karapace and Redpanda at "
                    + origin),
        e.getMessage());
  }

  @RegistryTest
  void aSubjectTheRegistryDoesNotHoldIsStillJustAbsent() {
    assertEquals(Optional.empty(), client.latest("chat.nothing.v1-value"));
    assertEquals(List.of(), client.versions("chat.nothing.v1-value"));
    assertEquals(Optional.empty(), client.compatibility("chat.nothing.v1-value"));
  }

  @Test
  void aRegistryNobodyListensOnIsUnreachable() {
    String url = "http://127.0.0.1:" + freePort() + "/apis/ccompat/v7";
    HttpRegistryClient nobody = RegistryFixture.client(url);

    RegistryException e = assertThrows(RegistryException.class, nobody::subjects);

    assertEquals(CatalogException.UNREACHABLE, e.exitCode());
    assertEquals(1, e.problems().size());
    assertEquals(
        "GET "
            + url
            + "/subjects?offset=0&limit=1000: cannot connect (is the registry running and the url right?)"
            + " (after 4 attempts)",
        e.getMessage());
  }

  @Test
  void basicAuthComesFromTheVariablesNamedInCatalogYaml() {
    Variables variables = new Variables(Map.of("SR_USER", "deployer", "SR_PASSWORD", "pw"));
    RegistryEndpoint endpoint =
        RegistryEndpoint.resolve(
            environment(proxy.url(), "SR_USER", "SR_PASSWORD"), variables, Path.of("."));
    proxy.requireAuthorization("Basic ZGVwbG95ZXI6cHc=");

    assertEquals(List.of(), new HttpRegistryClient(endpoint, RegistryFixture.QUICK).subjects());
    assertEquals(
        401,
        assertThrows(RegistryException.class, () -> client.subjects()).status(),
        "without credentials");
  }

  @Test
  void anUnsetVariableIsNamedWithWhatNeedsIt() {
    Environment env = environment("${PROD_SCHEMA_REGISTRY_URL}", null, null);

    CatalogException e =
        assertThrows(
            CatalogException.class,
            () -> RegistryEndpoint.resolve(env, new Variables(Map.of()), Path.of(".")));

    assertEquals(CatalogException.INPUT, e.exitCode());
    assertEquals(
        "environment variable PROD_SCHEMA_REGISTRY_URL is not set (needed for the registry url"
            + " of environment \"prod\")",
        e.getMessage());
  }

  @RegistryTest
  void aContextScopesEverySubject() {
    Environment env =
        new Environment(
            "dev",
            new RegistrySettings(
                null,
                "http://registry.example/apis/ccompat/v7/",
                ".team-a",
                null,
                null,
                null,
                null,
                null,
                SourceLocation.of("catalog.yaml")),
            null,
            SourceLocation.of("catalog.yaml"));

    RegistryEndpoint endpoint =
        RegistryEndpoint.resolve(env, new Variables(Map.of()), Path.of("."));

    assertEquals(
        "http://registry.example/apis/ccompat/v7/contexts/.team-a", endpoint.baseUri().toString());
  }

  @Test
  void aRegistryWithAPrivateCertificateIsTrustedThroughTheConfiguredTruststore(
      @TempDir Path catalogDir) {
    TestCertificates certificates = TestCertificates.create(catalogDir, "trust-pw");
    try (FaultProxy tls = new FaultProxy(registry.url(), certificates.serverContext())) {
      Environment env =
          new Environment(
              "prod",
              new RegistrySettings(
                  null,
                  tls.url(),
                  null,
                  null,
                  null,
                  null,
                  "registry-trust.p12",
                  "SR_TRUSTSTORE_PASSWORD",
                  SourceLocation.of("catalog.yaml")),
              null,
              SourceLocation.of("catalog.yaml"));
      RegistryEndpoint endpoint =
          RegistryEndpoint.resolve(
              env, new Variables(Map.of("SR_TRUSTSTORE_PASSWORD", "trust-pw")), catalogDir);

      assertEquals(List.of(), new HttpRegistryClient(endpoint, RegistryFixture.QUICK).subjects());

      RegistryException untrusted =
          assertThrows(RegistryException.class, () -> RegistryFixture.client(tls.url()).subjects());
      assertEquals(CatalogException.UNREACHABLE, untrusted.exitCode());
      assertTrue(
          untrusted
              .getMessage()
              .startsWith(
                  "GET " + tls.url() + "/subjects?offset=0&limit=1000: TLS handshake failed"),
          untrusted.getMessage());
      assertTrue(untrusted.getMessage().endsWith("; set registry.truststore"));
    }
  }

  static Environment environment(String url, String usernameEnv, String passwordEnv) {
    return new Environment(
        "prod",
        new RegistrySettings(
            null,
            url,
            null,
            usernameEnv,
            passwordEnv,
            null,
            null,
            null,
            SourceLocation.of("catalog.yaml")),
        null,
        SourceLocation.of("catalog.yaml"));
  }

  static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
