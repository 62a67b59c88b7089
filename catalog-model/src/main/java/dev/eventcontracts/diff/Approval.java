package dev.eventcontracts.diff;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A team whose approval a contract change needs, and why.
 *
 * @param team the team name from {@code catalog.yaml}
 * @param github its GitHub handle, or null when the catalog gives none
 * @param reasons why it is asked, strongest role first
 */
public record Approval(String team, String github, List<Reason> reasons) {

  /** Why a team is asked, in the order approvers are listed. */
  public enum Role {
    /** The team owns a changed event. */
    OWNER,
    /** The team owns a service that produces a changed event. */
    PRODUCER,
    /** The team owns a service that consumes an event with a breaking change. */
    CONSUMER,
    /** The catalog's {@code reviewers.architects} team, asked for every contract change. */
    ARCHITECT;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One reason: a role, the service through which the team holds it (null for owners and
   * architects), and the events concerned, sorted (empty for architects).
   */
  public record Reason(Role role, String service, List<String> events) {

    static final Comparator<Reason> ORDER =
        Comparator.comparing(Reason::role)
            .thenComparing(r -> r.service() == null ? "" : r.service());

    public Reason {
      events = events.stream().sorted().distinct().toList();
    }
  }

  public Approval {
    reasons = reasons.stream().sorted(Reason.ORDER).toList();
  }

  /** The strongest reason this team is asked. */
  public Role role() {
    return reasons.isEmpty() ? Role.ARCHITECT : reasons.get(0).role();
  }

  /** The GitHub handle, or the team name when it has none. */
  public String handle() {
    return github != null && !github.isBlank() ? github : team;
  }
}
