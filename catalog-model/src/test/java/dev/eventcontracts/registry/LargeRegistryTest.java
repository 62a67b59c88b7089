package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.testing.TestCatalog;
import dev.eventcontracts.testkit.ApicurioVersion;
import dev.eventcontracts.testkit.RegistryExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Registries of more subjects than Apicurio 3 lists at once (1,000 by default): deploy writes them
 * all, and verify --strict still finds an unmanaged subject that sorts past the cap, or says it
 * cannot tell when the registry ignores paging.
 */
class LargeRegistryTest {

  @RegisterExtension
  static final RegistryExtension current = RegistryExtension.of(ApicurioVersion.V3_3_3);

  @RegisterExtension
  static final RegistryExtension previous = RegistryExtension.of(ApicurioVersion.V2_6_13);

  static final String UNMANAGED = "zz.left-behind.v1-value";

  @TempDir Path dir;

  static String unmanagedFinding(String subject) {
    return "catalog.yaml:21:3: SUBJECT_UNMANAGED error Subject \""
        + subject
        + "\" in dev is not managed by the catalog; add its event to the catalog or delete it.";
  }

  List<String> strictDrift(RegistryFixture catalog) {
    return catalog.verify("dev", true).report().findings().stream()
        .map(f -> f.location() + ": " + f.rule() + " " + f.severity().id() + " " + f.message())
        .toList();
  }

  static SchemaContent schema(String message) {
    return new SchemaContent(
        "syntax = \"proto3\";\npackage zz.v1;\nmessage " + message + " { string id = 1; }\n",
        List.of());
  }

  @Test
  void onePointThreeThousandSubjectsDeployAndAnUnmanagedOnePastTheCapIsFound() {
    ManyEvents.write(dir, 1000);
    RegistryFixture catalog = RegistryFixture.at(dir).registry("dev", current.url());

    DeployResult deployed = catalog.deploy("dev");

    assertEquals(0, deployed.exitCode(), String.join("\n", deployed.deploy().refusals()));
    assertEquals(1001, deployed.deploy().registrations());
    HttpRegistryClient client = RegistryFixture.client(current.url());
    client.register(UNMANAGED, schema("LeftBehind"));
    SubjectListing listing = client.listSubjects();
    assertTrue(listing.paged());
    assertEquals(1002, listing.subjects().size());
    assertEquals(UNMANAGED, listing.subjects().get(1001), "past the first page of 1,000");
    assertEquals(List.of(unmanagedFinding(UNMANAGED)), strictDrift(catalog));
    assertEquals(
        0, catalog.deploy("dev").deploy().written().size(), "and a second deploy writes nothing");
  }

  @Test
  void aRegistryThatIgnoresPagingCannotProveItsListingWhole() throws Exception {
    TestCatalog.in(dir);
    RegistryFixture catalog = RegistryFixture.at(dir).registry("dev", previous.url());
    assertEquals(0, catalog.deploy("dev").exitCode());
    HttpRegistryClient client = RegistryFixture.client(previous.url());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> writes = new ArrayList<>();
      IntStream.range(0, 1000)
          .forEach(
              i ->
                  writes.add(
                      pool.submit(
                          () -> client.register("zz.other-" + i + "-value", schema("M" + i)))));
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdownNow();
    }

    SubjectListing listing = client.listSubjects();
    assertFalse(listing.paged(), "2.6 honours limit but not offset");
    assertEquals(1000, listing.subjects().size(), "and lists 1,000 of its 1,001 subjects at most");

    List<String> drift = strictDrift(catalog);

    assertEquals(
        "catalog.yaml:21:3: REGISTRY_LISTING_COMPLETE error The registry of dev ("
            + previous.url()
            + ") ignores offset and limit on GET /subjects and lists 1000 subjects, at least"
            + " as many as a listing cap may stop at (1000 by default on Apicurio 3), so its"
            + " listing may lack subjects and unmanaged ones go unseen; raise its cap"
            + " (apicurio.ccompat.max-subjects on Apicurio, subject.search.max.limit on"
            + " Confluent) or upgrade it to one that pages GET /subjects.",
        drift.get(0));
    assertEquals(1000, drift.size(), "and the 999 unmanaged subjects it does list");
  }
}
