package dev.eventcontracts.registry;

import java.util.List;

/**
 * What a deploy planned, what it refused and what it wrote.
 *
 * @param environment the environment name
 * @param registry the registry's base URL (never with credentials)
 * @param dryRun true when nothing was to be written
 * @param changes one entry per subject, in dependency order
 * @param refusals why the deploy was refused (incompatible schemas, a promotion gate), one line
 *     each
 * @param written the writes that the registry acknowledged, in the order made ({@code + register
 *     SUBJECT version N}, {@code ~ compatibility SUBJECT MODE})
 */
public record DeployReport(
    String environment,
    String registry,
    boolean dryRun,
    List<SubjectChange> changes,
    List<String> refusals,
    List<String> written) {

  public DeployReport {
    changes = List.copyOf(changes);
    refusals = List.copyOf(refusals);
    written = List.copyOf(written);
  }

  public boolean refused() {
    return !refusals.isEmpty();
  }

  public long registrations() {
    return changes.stream().filter(SubjectChange::register).count();
  }

  public long compatibilityChanges() {
    return changes.stream().filter(c -> c.changesCompatibility() && !c.newSubject()).count();
  }

  public long unchanged() {
    return changes.stream().filter(SubjectChange::unchanged).count();
  }
}
