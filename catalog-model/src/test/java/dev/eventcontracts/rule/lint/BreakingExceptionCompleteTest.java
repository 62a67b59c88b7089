package dev.eventcontracts.rule.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreakingExceptionCompleteTest {

  @TempDir Path dir;

  private TestCatalog withException(String entry) {
    return TestCatalog.in(dir)
        .replace(
            "catalog.yaml",
            "reviewers:",
            "breaking:\n  exceptions:\n    - " + entry + "\nreviewers:");
  }

  @Test
  void aCompleteExceptionIsSilent() {
    assertEquals(
        List.of(),
        withException(
                "{ rule: FIELD_NO_DELETE, event: MessageSent, reason: \"moved\", approvedBy:"
                    + " \"@acme/architecture\", expires: 2026-12-31 }")
            .findings("BREAKING_EXCEPTION_COMPLETE"));
  }

  @Test
  void anExceptionWithoutReasonOrApproverIsAnError() {
    assertEquals(
        List.of(
            "catalog.yaml:25:7: Breaking exception for FIELD_NO_DELETE has no reason, no"
                + " approvedBy; it is not applied until it says what it waives, why, who approved"
                + " it and until when."),
        withException("{ rule: FIELD_NO_DELETE, event: MessageSent, expires: 2026-12-31 }")
            .findings("BREAKING_EXCEPTION_COMPLETE"));
  }
}
