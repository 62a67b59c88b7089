package dev.eventcontracts.testing;

import dev.eventcontracts.engine.BreakingRequest;
import dev.eventcontracts.engine.BreakingResult;
import dev.eventcontracts.engine.CatalogEngine;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The clean {@link TestCatalog} twice, as REF ({@code then}, a directory) and as it is now, for a
 * test to change either and run {@code catalog breaking} on 2026-06-01.
 */
public final class CatalogChange {

  public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private final TestCatalog then;
  private final TestCatalog now;

  private CatalogChange(Path dir) {
    this.then = TestCatalog.in(dir.resolve("then"));
    this.now = TestCatalog.in(dir.resolve("now"));
  }

  public static CatalogChange in(Path dir) {
    return new CatalogChange(dir);
  }

  public TestCatalog then() {
    return then;
  }

  public TestCatalog now() {
    return now;
  }

  public BreakingResult breaking() {
    return new CatalogEngine()
        .breaking(new BreakingRequest(now.root(), then.root().toString(), TODAY));
  }

  /** Findings of one rule as {@code path:line:col: message}. */
  public List<String> findings(String rule) {
    return breaking().report().findings().stream()
        .filter(f -> f.rule().equals(rule))
        .map(TestCatalog::describe)
        .toList();
  }

  /** Every finding as {@code RULE@path:line}. */
  public List<String> all() {
    return breaking().report().findings().stream()
        .map(f -> f.rule() + "@" + f.location().path() + ":" + f.location().line())
        .toList();
  }
}
