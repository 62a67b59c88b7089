package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.testkit.FaultProxy;
import dev.eventcontracts.testkit.RegistryExtension;
import dev.eventcontracts.testkit.RegistryTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * dev → qa → prod, each its own registry: qa promotes from dev and prod from qa, so a schema
 * reaches prod only after qa holds it. prod wants basic auth from SR_USER and SR_PASSWORD.
 */
class PromotionGateTest {

  @RegisterExtension static final RegistryExtension dev = new RegistryExtension();
  @RegisterExtension static final RegistryExtension qa = new RegistryExtension("qa");
  @RegisterExtension static final RegistryExtension prod = new RegistryExtension("prod");

  @TempDir Path dir;
  RegistryFixture catalog;
  FaultProxy prodProxy;

  @BeforeEach
  void setUp() {
    prodProxy = new FaultProxy(prod.url()).requireAuthorization("Basic cmVsZWFzZTpzM2NyZXQ=");
    catalog =
        new RegistryFixture(dir)
            .registry("dev", dev.url())
            .registry("qa", qa.url())
            .registry("prod", prodProxy.url())
            .env("SR_USER", "release")
            .env("SR_PASSWORD", "s3cret");
  }

  @AfterEach
  void tearDown() {
    prodProxy.close();
  }

  @RegistryTest
  void theCatalogGoesThroughDevQaAndProdInOrder() {
    assertEquals(0, catalog.deploy("dev").exitCode());
    assertEquals(0, catalog.deploy("qa").exitCode());
    DeployResult toProd = catalog.deploy("prod");

    assertEquals(0, toProd.exitCode(), String.join("\n", toProd.deploy().refusals()));
    assertEquals(
        RegistryFixture.client(qa.url()).subjects(), RegistryFixture.client(prod.url()).subjects());
  }

  @RegistryTest
  void prodRefusesWhatQaDoesNotHoldThenAcceptsItOnceQaDoes() {
    catalog.backwardOnly().deploy("dev");
    catalog.deploy("qa");
    catalog.deploy("prod");
    catalog.edit(
        "schemas/acme/messaging/v1/message_sent.proto",
        "string thread_root_message_id = 8;",
        "string thread_root_message_id = 8;\n  // Language the message is written in.\n"
            + "  string language = 9;");
    assertEquals(0, catalog.deploy("dev").exitCode());
    prodProxy.clear();

    DeployResult refused = catalog.deploy("prod");

    assertEquals(1, refused.exitCode());
    assertEquals(
        List.of(
            "prod promotes from qa, which does not hold this schema yet:"
                + " messaging.message-sent.v1-value. Deploy to qa first: catalog deploy --env qa"),
        refused.deploy().refusals());
    assertEquals(List.of(), prodProxy.writes());

    assertEquals(0, catalog.deploy("qa").exitCode());
    DeployResult accepted = catalog.deploy("prod");

    assertEquals(0, accepted.exitCode(), String.join("\n", accepted.deploy().refusals()));
    assertEquals(
        List.of(1, 2),
        RegistryFixture.client(prod.url()).versions("messaging.message-sent.v1-value"));
  }

  @RegistryTest
  void anEmptyPromotionSourceRefusesEverySchema() {
    DeployResult refused = catalog.deploy("qa");

    assertEquals(1, refused.exitCode());
    assertEquals(
        List.of(
            "qa promotes from dev, which does not hold these 22 schemas yet:"
                + " acme/common/v1/actor.proto, acme/common/v1/envelope.proto,"
                + " acme/directory/v1/legacy_source.proto, acme/messaging/v1/content.proto,"
                + " acme/messaging/v1/room.proto, analytics.room-activity-summarized.v1-value,"
                + " analytics.webhook-usage-reported.v1-value,"
                + " compliance.conversation-archived.v1-value,"
                + " compliance.legal-hold-placed.v1-value, compliance.legal-hold-released.v1-value"
                + " and 12 more. Deploy to dev first: catalog deploy --env dev"),
        refused.deploy().refusals());
    assertEquals(List.of(), RegistryFixture.client(qa.url()).subjects());
  }
}
