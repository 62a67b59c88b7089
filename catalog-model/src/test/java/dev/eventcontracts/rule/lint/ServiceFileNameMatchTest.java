package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceFileNameMatchTest {

  @TempDir Path dir;

  @Test
  void silentWhenFileMatchesName() {
    assertEquals(List.of(), TestCatalog.in(dir).findings("SERVICE_FILE_NAME_MATCH"));
  }

  @Test
  void firesWhenFileIsNamedOtherwise() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .delete("services/archiver.yaml")
            .write("services/archive.yaml", "name: archiver\nowner: messaging\n");
    assertEquals(
        List.of(
            "services/archive.yaml:1:7: File of service \"archiver\" should be named"
                + " \"archiver.yaml\", not \"archive.yaml\"."),
        catalog.findings("SERVICE_FILE_NAME_MATCH"));
  }
}
