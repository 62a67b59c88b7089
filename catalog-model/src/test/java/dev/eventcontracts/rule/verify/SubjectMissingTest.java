package dev.eventcontracts.rule.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectMissingTest {

  @Test
  void silentWhenTheSubjectIsRegistered() {
    assertEquals(
        List.of(),
        Snapshots.findings(
            new SubjectMissing(), Snapshots.of(List.of(Snapshots.inSync()), List.of())));
  }

  @Test
  void firesAtTheTopicOfAMissingSubject() {
    assertEquals(
        List.of(
            Snapshots.EVENT_FILE
                + ":8:5: Subject \"messaging.message-sent.v1-value\" is missing from dev; run"
                + " catalog deploy --env dev."),
        Snapshots.findings(
            new SubjectMissing(),
            Snapshots.of(
                List.of(Snapshots.state(null, null, null, java.util.Map.of())), List.of())));
  }
}
