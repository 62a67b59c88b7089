package dev.eventcontracts.rule.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.model.CompatibilityMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectReferenceDriftTest {

  @Test
  void silentWhenTheLatestVersionReferencesTheImportsOfGit() {
    assertEquals(
        List.of(),
        Snapshots.findings(
            new SubjectReferenceDrift(), Snapshots.of(List.of(Snapshots.inSync()), List.of())));
  }

  @Test
  void firesOnAnOtherVersionAndOnAMissingReference() {
    assertEquals(
        List.of(
            Snapshots.EVENT_FILE
                + ":8:5: Subject \"messaging.message-sent.v1-value\" version 2 references"
                + " acme/common/v1/envelope.proto not at all, but the version holding the file in"
                + " Git is 1; run catalog deploy --env dev.",
            Snapshots.EVENT_FILE
                + ":8:5: Subject \"messaging.message-sent.v1-value\" version 3 references"
                + " acme/common/v1/envelope.proto version 2, but the version holding the file in"
                + " Git is 1; run catalog deploy --env dev."),
        Snapshots.findings(
            new SubjectReferenceDrift(),
            Snapshots.of(
                List.of(
                    Snapshots.state(
                        Snapshots.version(2, Map.of()),
                        2,
                        CompatibilityMode.BACKWARD,
                        Map.of(Snapshots.IMPORT, 1)),
                    Snapshots.state(
                        Snapshots.version(3, Map.of(Snapshots.IMPORT, 2)),
                        3,
                        CompatibilityMode.BACKWARD,
                        Map.of(Snapshots.IMPORT, 1))),
                List.of())));
  }
}
