package dev.eventcontracts.approvals;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.diff.Approval;
import dev.eventcontracts.diff.ContractDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether every team a contract change needs (the diff's approvals) has approved the pull request.
 * A team approves when one of its members' stand is approval ({@link PullRequestReviews}).
 *
 * <p>The pull request's author never counts: GitHub does not let authors approve their own pull
 * request, so their reviews are ignored, and a team the author belongs to still needs another of
 * its members to approve. A member of several teams approves for each of them, as a CODEOWNERS
 * approval does.
 *
 * @param catalog the catalog name
 * @param against how the reference was named
 * @param author the pull request's author, null when not given
 * @param teams one verdict per team the diff requires, in the diff's order
 */
public record ApprovalStatus(
    String catalog, String against, String author, List<TeamVerdict> teams) {

  /**
   * One required team, and the members who approved for it (sorted; empty when it has not).
   *
   * @param members how many members the team has, the author left out
   */
  public record TeamVerdict(Approval approval, List<String> approvedBy, int members) {

    public boolean approved() {
      return !approvedBy.isEmpty();
    }
  }

  public ApprovalStatus {
    teams = List.copyOf(teams);
  }

  /**
   * Checks {@code diff}'s approvals against the reviews. Exit 2 when {@code members} lacks a team
   * the change needs.
   */
  public static ApprovalStatus check(
      ContractDiff diff,
      PullRequestReviews reviews,
      TeamMembers members,
      String membersName,
      String author) {
    List<String> missing = new ArrayList<>();
    List<TeamVerdict> verdicts = new ArrayList<>();
    for (Approval approval : diff.approvals()) {
      var logins = members.of(approval.handle());
      if (logins.isEmpty()) {
        missing.add(
            membersName
                + ": no members for "
                + approval.handle()
                + (approval.github() == null
                    ? " (team \"" + approval.team() + "\" has no github handle in catalog.yaml)"
                    : "")
                + ", whose approval the change needs; list the team's members under that key");
        continue;
      }
      List<String> approvedBy = new ArrayList<>();
      int counted = 0;
      for (String login : logins.get()) {
        if (author != null
            && PullRequestReviews.key(login).equals(PullRequestReviews.key(author))) {
          continue;
        }
        counted++;
        if (reviews.approved(login)) {
          approvedBy.add(login);
        }
      }
      approvedBy.sort(String.CASE_INSENSITIVE_ORDER);
      verdicts.add(new TeamVerdict(approval, List.copyOf(approvedBy), counted));
    }
    if (!missing.isEmpty()) {
      throw new CatalogException(CatalogException.INPUT, missing);
    }
    return new ApprovalStatus(diff.catalog(), diff.against(), author, verdicts);
  }

  /** Whether every required team has approved (true when the change needs nobody). */
  public boolean approved() {
    return teams.stream().allMatch(TeamVerdict::approved);
  }

  /** The teams still to approve, in the diff's order. */
  public List<TeamVerdict> missing() {
    return teams.stream().filter(t -> !t.approved()).toList();
  }
}
