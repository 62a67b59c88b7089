package dev.eventcontracts.rule.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.registry.RegistrySnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryListingCompleteTest {

  static RegistrySnapshot listing(String incomplete) {
    return new RegistrySnapshot(
        "dev",
        "http://localhost:8081",
        new SourceLocation("catalog.yaml", 21, 3),
        List.of(Snapshots.inSync()),
        List.of(),
        incomplete);
  }

  @Test
  void silentWhenTheRegistryListedEverySubject() {
    assertEquals(List.of(), Snapshots.findings(new RegistryListingComplete(), listing(null)));
  }

  @Test
  void firesAtTheEnvironmentWhenTheListingMayBeCut() {
    assertEquals(
        List.of(
            "catalog.yaml:21:3: The registry of dev (http://localhost:8081) ignores offset and"
                + " limit on GET /subjects and lists 1000 subjects, at least as many as a listing"
                + " cap may stop at (1000 by default on Apicurio 3), so its listing may lack"
                + " subjects and unmanaged ones go unseen; raise its cap"
                + " (apicurio.ccompat.max-subjects on Apicurio, subject.search.max.limit on"
                + " Confluent) or upgrade it to one that pages GET /subjects."),
        Snapshots.findings(
            new RegistryListingComplete(),
            listing(
                "ignores offset and limit on GET /subjects and lists 1000 subjects, at least as"
                    + " many as a listing cap may stop at (1000 by default on Apicurio 3)")));
  }
}
