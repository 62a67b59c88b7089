package dev.eventcontracts.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lint findings a catalog has accepted for now, read from the file {@code lint.baseline} names
 * (written by {@code catalog baseline}). An entry covers one finding with the same rule, the same
 * path and the same message fingerprint; lines and columns take no part, so a finding that moves
 * stays covered, and a finding whose message changes (another element, another fix) does not.
 */
public record LintBaseline(String file, List<Entry> entries) {

  /** Where {@code catalog baseline} writes when {@code lint.baseline} names no file. */
  public static final String DEFAULT_FILE = "lint-baseline.yaml";

  /**
   * Positions inside a message ("line 12", "a.proto:12:5") are blanked before hashing, so a message
   * that quotes where something else sits does not go stale when that moves.
   */
  private static final Pattern POSITIONS = Pattern.compile("(?i)(line |:)\\d+(:\\d+)?");

  /** One accepted finding; {@code message} is for people and takes no part in matching. */
  public record Entry(
      String rule, String path, String fingerprint, String message, SourceLocation location) {}

  public LintBaseline {
    entries = List.copyOf(entries);
  }

  /** The first 16 hex digits of the SHA-256 of the message with its positions blanked. */
  public static String fingerprint(String message) {
    String stable = POSITIONS.matcher(message).replaceAll("$1#");
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(stable.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
