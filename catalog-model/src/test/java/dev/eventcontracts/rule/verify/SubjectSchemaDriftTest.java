package dev.eventcontracts.rule.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.model.CompatibilityMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectSchemaDriftTest {

  @Test
  void silentWhenTheLatestVersionHoldsTheFileOfGit() {
    assertEquals(
        List.of(),
        Snapshots.findings(
            new SubjectSchemaDrift(), Snapshots.of(List.of(Snapshots.inSync()), List.of())));
  }

  @Test
  void firesWhenNoVersionHoldsTheFileAndWhenANewerOneWasRegisteredElsewhere() {
    assertEquals(
        List.of(
            Snapshots.EVENT_FILE
                + ":8:5: Subject \"messaging.message-sent.v1-value\" holds the schema of"
                + " schemas/acme/messaging/v1/message_sent.proto as version 1, but its latest"
                + " version 2 in dev was registered outside the catalog.",
            Snapshots.EVENT_FILE
                + ":8:5: Subject \"messaging.message-sent.v1-value\" version 1 in dev differs from"
                + " schemas/acme/messaging/v1/message_sent.proto in Git; deploy the catalog, or"
                + " bring the change back into Git."),
        Snapshots.findings(
            new SubjectSchemaDrift(),
            Snapshots.of(
                List.of(
                    Snapshots.state(
                        Snapshots.version(1, Map.of()), null, CompatibilityMode.BACKWARD, Map.of()),
                    Snapshots.state(
                        Snapshots.version(2, Map.of()), 1, CompatibilityMode.BACKWARD, Map.of())),
                List.of())));
  }
}
