package dev.eventcontracts.rule.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.model.CompatibilityMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionSameVersionTest {

  @Test
  void silentWhenTheRegionHoldsTheSameVersion() {
    assertEquals(
        List.of(),
        Snapshots.findings(new RegionSameVersion(), Snapshots.regions(Snapshots.inSync())));
  }

  @Test
  void firesWhenTheRegionHoldsANewerVersion() {
    assertEquals(
        List.of(
            Snapshots.EVENT_FILE
                + ":8:5: Subject \""
                + Snapshots.SUBJECT
                + "\" is at version 2 (the catalog's schema is version 1) in dev region eu, at"
                + " version 1 in its primary dev region us; the regions must hold the same"
                + " versions."),
        Snapshots.findings(
            new RegionSameVersion(),
            Snapshots.regions(
                Snapshots.state(
                    Snapshots.version(2, Map.of(Snapshots.IMPORT, 1)),
                    1,
                    CompatibilityMode.BACKWARD,
                    Map.of(Snapshots.IMPORT, 1)))));
  }
}
