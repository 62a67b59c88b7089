package dev.eventcontracts.rule.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.model.CompatibilityMode;
import dev.eventcontracts.registry.RegisteredSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionSameSchemaIdTest {

  @Test
  void silentWhenTheRegionGivesTheSameId() {
    assertEquals(
        List.of(),
        Snapshots.findings(new RegionSameSchemaId(), Snapshots.regions(Snapshots.inSync())));
  }

  @Test
  void firesWhenTheRegionGivesTheSameVersionAnotherId() {
    RegisteredSchema v1 = Snapshots.version(1, Map.of(Snapshots.IMPORT, 1));
    RegisteredSchema otherId =
        new RegisteredSchema(v1.subject(), 99, v1.version(), v1.schema(), v1.references());
    assertEquals(
        List.of(
            Snapshots.EVENT_FILE
                + ":8:5: Subject \""
                + Snapshots.SUBJECT
                + "\" version 1 has schema ID 99 in dev region eu and 11 in its primary dev region"
                + " us; a record replicated from one region names a schema the other does not"
                + " resolve to it. Register it in dev region eu with ID 11 (IMPORT mode)."),
        Snapshots.findings(
            new RegionSameSchemaId(),
            Snapshots.regions(
                Snapshots.state(
                    otherId, 1, CompatibilityMode.BACKWARD, Map.of(Snapshots.IMPORT, 1)))));
  }
}
