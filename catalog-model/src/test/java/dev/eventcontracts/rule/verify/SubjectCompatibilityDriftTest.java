package dev.eventcontracts.rule.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.model.CompatibilityMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectCompatibilityDriftTest {

  @Test
  void silentWhenTheLevelMatchesOrTheSubjectIsMissing() {
    assertEquals(
        List.of(),
        Snapshots.findings(
            new SubjectCompatibilityDrift(),
            Snapshots.of(
                List.of(Snapshots.inSync(), Snapshots.state(null, null, null, Map.of())),
                List.of())));
  }

  @Test
  void firesOnAnotherLevelAndOnNone() {
    assertEquals(
        List.of(
            Snapshots.EVENT_FILE
                + ":8:5: Subject \"messaging.message-sent.v1-value\" has compatibility NONE in"
                + " dev, the catalog says BACKWARD; run catalog deploy --env dev.",
            Snapshots.EVENT_FILE
                + ":8:5: Subject \"messaging.message-sent.v1-value\" has compatibility unset (the"
                + " registry default) in dev, the catalog says BACKWARD; run catalog deploy --env"
                + " dev."),
        Snapshots.findings(
            new SubjectCompatibilityDrift(),
            Snapshots.of(
                List.of(
                    Snapshots.state(
                        Snapshots.version(1, Map.of()), 1, CompatibilityMode.NONE, Map.of()),
                    Snapshots.state(Snapshots.version(1, Map.of()), 1, null, Map.of())),
                List.of())));
  }
}
