package dev.eventcontracts.rule.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubjectUnmanagedTest {

  @Test
  void silentWhenEverySubjectIsTheCatalogs() {
    assertEquals(
        List.of(),
        Snapshots.findings(
            new SubjectUnmanaged(), Snapshots.of(List.of(Snapshots.inSync()), List.of())));
  }

  @Test
  void firesAtTheEnvironmentForEachSubjectNoEventAccountsFor() {
    assertEquals(
        List.of(
            "catalog.yaml:21:3: Subject \"legacy.audit-log-value\" in dev is not managed by the"
                + " catalog; add its event to the catalog or delete it.",
            "catalog.yaml:21:3: Subject \"legacy.login-value\" in dev is not managed by the"
                + " catalog; add its event to the catalog or delete it."),
        Snapshots.findings(
            new SubjectUnmanaged(),
            Snapshots.of(
                List.of(Snapshots.inSync()),
                List.of("legacy.audit-log-value", "legacy.login-value"))));
  }
}
