package dev.eventcontracts.approvals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventcontracts.CatalogException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members of the teams a change concerns: a JSON object whose keys are team handles as {@code
 * catalog.yaml} writes them ({@code "@acme/messaging"}) and whose values are the arrays GitHub's
 * REST API returns for "List team members" ({@code GET /orgs/{org}/teams/{team_slug}/members}:
 * objects with {@code login}…). Handles compare without regard to case, as GitHub's do.
 */
public final class TeamMembers {

  private final Map<String, List<String>> members;

  private TeamMembers(Map<String, List<String>> members) {
    this.members = members;
  }

  /** Reads {@code text}; a malformed one is exit 2 naming {@code name}. */
  public static TeamMembers parse(String name, String text) {
    JsonNode root = PullRequestReviews.read(name, text);
    if (!root.isObject()) {
      throw CatalogException.input(
          name
              + ": expected a JSON object of team handles to the member arrays GitHub returns for"
              + " \"List team members\", found "
              + PullRequestReviews.kind(root));
    }
    Map<String, List<String>> members = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> team = it.next();
      String at = name + ": \"" + team.getKey() + "\"";
      if (!team.getValue().isArray()) {
        throw CatalogException.input(
            at
                + ": expected an array of members, found "
                + PullRequestReviews.kind(team.getValue()));
      }
      List<String> logins = new ArrayList<>();
      int index = 0;
      for (JsonNode member : team.getValue()) {
        JsonNode login = member.get("login");
        if (!member.isObject() || login == null || !login.isTextual()) {
          throw CatalogException.input(at + ": member [" + index + "] has no \"login\" string");
        }
        logins.add(login.asText());
        index++;
      }
      members.put(PullRequestReviews.key(team.getKey()), List.copyOf(logins));
    }
    return new TeamMembers(members);
  }

  /** The logins of the team with this handle, or empty when the file does not list it. */
  public Optional<List<String>> of(String handle) {
    return Optional.ofNullable(members.get(PullRequestReviews.key(handle)));
  }
}
