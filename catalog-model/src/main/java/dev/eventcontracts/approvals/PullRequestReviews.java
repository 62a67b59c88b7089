package dev.eventcontracts.approvals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.CatalogException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reviews of a pull request, as GitHub's REST API lists them ({@code GET
 * /repos/{owner}/{repo}/pulls/{pull_number}/reviews}: an array of objects with {@code id}, {@code
 * user.login}, {@code state}, {@code submitted_at}…), reduced to who approves the pull request now.
 *
 * <p>As on GitHub, a reviewer's latest review that takes a stand decides: {@code APPROVED}
 * approves, {@code CHANGES_REQUESTED} and {@code DISMISSED} (an approval dismissed later shows this
 * state) do not; a later {@code COMMENTED} review leaves the stand as it was, and {@code PENDING}
 * reviews (not submitted) do not count. Reviews are ordered by {@code submitted_at}, then {@code
 * id}. Logins compare without regard to case, as GitHub's do.
 */
public final class PullRequestReviews {

  /** One review as the API returns it, reduced to what decides an approval. */
  record Review(long id, String login, String state, String submittedAt) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Lower-cased login → the login as written, for every reviewer whose stand is approval. */
  private final Map<String, String> approvers;

  private PullRequestReviews(Map<String, String> approvers) {
    this.approvers = approvers;
  }

  /** Reads {@code text}, the API's answer; a malformed one is exit 2 naming {@code name}. */
  public static PullRequestReviews parse(String name, String text) {
    JsonNode root = read(name, text);
    if (!root.isArray()) {
      throw CatalogException.input(
          name
              + ": expected the JSON array GitHub returns for \"List reviews for a pull request\","
              + " found "
              + kind(root));
    }
    List<Review> reviews = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root) {
      String at = name + ": review [" + index++ + "]";
      if (!node.isObject()) {
        throw CatalogException.input(at + ": expected an object, found " + kind(node));
      }
      JsonNode state = node.get("state");
      if (state == null || !state.isTextual()) {
        throw CatalogException.input(at + ": no \"state\" string");
      }
      JsonNode user = node.get("user");
      if (user == null || user.isNull()) {
        continue; // a deleted account ("ghost"): nobody to count
      }
      JsonNode login = user.get("login");
      if (!user.isObject() || login == null || !login.isTextual()) {
        throw CatalogException.input(at + ": no \"user.login\" string");
      }
      JsonNode id = node.get("id");
      if (id == null || !id.canConvertToLong()) {
        throw CatalogException.input(at + ": no numeric \"id\"");
      }
      JsonNode submitted = node.get("submitted_at");
      if (state.asText().equals("PENDING")) {
        continue;
      }
      if (submitted == null || !submitted.isTextual()) {
        throw CatalogException.input(at + ": no \"submitted_at\" string");
      }
      reviews.add(new Review(id.asLong(), login.asText(), state.asText(), submitted.asText()));
    }
    return of(reviews);
  }

  static PullRequestReviews of(List<Review> reviews) {
    List<Review> ordered = new ArrayList<>(reviews);
    // ISO 8601 in UTC, as GitHub writes it, sorts as text.
    ordered.sort(Comparator.comparing(Review::submittedAt).thenComparingLong(Review::id));
    Map<String, String> approvers = new TreeMap<>();
    for (Review review : ordered) {
      String key = key(review.login());
      switch (review.state()) {
        case "APPROVED" -> approvers.put(key, review.login());
        case "CHANGES_REQUESTED", "DISMISSED" -> approvers.remove(key);
        default -> {} // COMMENTED keeps the reviewer's stand
      }
    }
    return new PullRequestReviews(approvers);
  }

  /** Whether {@code login}'s stand is approval. */
  public boolean approved(String login) {
    return approvers.containsKey(key(login));
  }

  /** Every reviewer whose stand is approval, as written, sorted. */
  public List<String> approvers() {
    return List.copyOf(approvers.values());
  }

  static String key(String login) {
    return login.toLowerCase(Locale.ROOT);
  }

  static JsonNode read(String name, String text) {
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null || root.isMissingNode()) {
        throw CatalogException.input(name + ": empty, expected JSON");
      }
      return root;
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
      throw CatalogException.input(name + where + ": not JSON (" + e.getOriginalMessage() + ")");
    }
  }

  static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT).replace("pojo", "object");
  }
}
