package dev.eventcontracts.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers of GitHub's REST API, written in the shape its documentation gives, since GitHub cannot
 * be reached from the tests: "List reviews for a pull request" ({@code GET
 * /repos/{owner}/{repo}/pulls/{pull_number}/reviews}) and "List team members" ({@code GET
 * /orgs/{org}/teams/{team_slug}/members}).
 */
public final class GitHubApi {

  private final List<String> items = new ArrayList<>();
  private long nextId = 80;

  /** A review by {@code login} in {@code state}, submitted at {@code submittedAt} (ISO 8601). */
  public GitHubApi review(String login, String state, String submittedAt) {
    long id = nextId++;
    items.add(
        """
          {
            "id": %d,
            "node_id": "MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=",
            "user": {
              "login": "%s",
              "id": %d,
              "node_id": "MDQ6VXNlcjE=",
              "avatar_url": "https://github.com/images/error/octocat_happy.gif",
              "gravatar_id": "",
              "url": "https://api.github.com/users/%s",
              "html_url": "https://github.com/%s",
              "type": "User",
              "site_admin": false
            },
            "body": "Here is the body for the review.",
            "state": "%s",
            "html_url": "https://github.com/acme/events/pull/12#pullrequestreview-%d",
            "pull_request_url": "https://api.github.com/repos/acme/events/pulls/12",
            "_links": {
              "html": { "href": "https://github.com/acme/events/pull/12#pullrequestreview-%d" },
              "pull_request": { "href": "https://api.github.com/repos/acme/events/pulls/12" }
            },
            "submitted_at": "%s",
            "commit_id": "ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091",
            "author_association": "MEMBER"
          }"""
            .formatted(id, login, id, login, login, state, id, id, submittedAt));
    return this;
  }

  /** The reviews as the JSON array GitHub returns. */
  public String reviews() {
    return items.isEmpty() ? "[]\n" : "[\n" + String.join(",\n", items) + "\n]\n";
  }

  /** One member of a team, as an element of "List team members". */
  public static String member(String login) {
    return """
        {
              "login": "%s",
              "id": 1,
              "node_id": "MDQ6VXNlcjE=",
              "avatar_url": "https://github.com/images/error/octocat_happy.gif",
              "gravatar_id": "",
              "url": "https://api.github.com/users/%s",
              "html_url": "https://github.com/%s",
              "followers_url": "https://api.github.com/users/%s/followers",
              "type": "User",
              "site_admin": false
            }"""
        .formatted(login, login, login, login);
  }

  /**
   * The team-members input: {@code handleAndLogins} alternates a team handle and its logins,
   * comma-separated ({@code "@acme/messaging", "alice,bob"}).
   */
  public static String teamMembers(String... handleAndLogins) {
    List<String> teams = new ArrayList<>();
    for (int i = 0; i < handleAndLogins.length; i += 2) {
      List<String> members = new ArrayList<>();
      for (String login : handleAndLogins[i + 1].split(",")) {
        if (!login.isBlank()) {
          members.add(member(login.trim()));
        }
      }
      teams.add("  \"" + handleAndLogins[i] + "\": [" + String.join(", ", members) + "]");
    }
    return "{\n" + String.join(",\n", teams) + "\n}\n";
  }
}
