package dev.eventcontracts.rule.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionSubjectMissingTest {

  @Test
  void silentWhenTheRegionHoldsTheSubject() {
    assertEquals(
        List.of(),
        Snapshots.findings(new RegionSubjectMissing(), Snapshots.regions(Snapshots.inSync())));
  }

  @Test
  void firesAtTheTopicWhenTheRegionLacksTheSubject() {
    assertEquals(
        List.of(
            Snapshots.EVENT_FILE
                + ":8:5: Subject \""
                + Snapshots.SUBJECT
                + "\" is missing from dev region eu, which its primary dev region us holds; run"
                + " catalog deploy --env dev."),
        Snapshots.findings(
            new RegionSubjectMissing(),
            Snapshots.regions(Snapshots.state(null, null, null, Map.of()))));
  }
}
