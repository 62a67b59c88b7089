package dev.eventcontracts.engine;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Whether every team the contract diff of {@code catalogDir} against {@code against} needs has
 * approved: {@code reviews} holds GitHub's "List reviews for a pull request" answer, {@code
 * teamMembers} the members of each team by handle; {@code author} (null when unknown) is the pull
 * request's author, who never approves for a team.
 */
public record ApprovalsRequest(
    Path catalogDir,
    String against,
    Path reviews,
    Path teamMembers,
    String author,
    LocalDate today) {

  public ApprovalsRequest(
      Path catalogDir, String against, Path reviews, Path teamMembers, String author) {
    this(catalogDir, against, reviews, teamMembers, author, LocalDate.now());
  }
}
