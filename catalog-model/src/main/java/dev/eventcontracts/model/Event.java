package dev.eventcontracts.model;

import java.util.List;

/**
 * One event contract, from {@code domains/<domain>/events/<name>.yaml}. {@code encoding} and {@code
 * compatibility} are the effective values (the catalog defaults where the file is silent). Values
 * absent from the file are null (or empty lists).
 */
public record Event(
    String name,
    Integer version,
    String summary,
    String owner,
    Status status,
    String schemaMessage,
    Encoding encoding,
    CompatibilityMode compatibility,
    List<Topic> topics,
    List<String> producers,
    List<String> consumers,
    Classification classification,
    Tenancy tenancy,
    List<HeaderSpec> headers,
    List<Example> examples,
    Deprecation deprecation,
    String domain,
    String file,
    Positions positions) {

  public Event {
    topics = List.copyOf(topics);
    producers = List.copyOf(producers);
    consumers = List.copyOf(consumers);
    headers = List.copyOf(headers);
    examples = List.copyOf(examples);
  }

  /**
   * {@code MessageSent} → {@code message-sent}; {@code HTTPCallFailed} → {@code http-call-failed}.
   */
  public static String kebab(String pascalName) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pascalName.length(); i++) {
      char c = pascalName.charAt(i);
      boolean upper = Character.isUpperCase(c);
      if (upper && i > 0) {
        char prev = pascalName.charAt(i - 1);
        boolean nextLower =
            i + 1 < pascalName.length() && Character.isLowerCase(pascalName.charAt(i + 1));
        if (Character.isLowerCase(prev)
            || Character.isDigit(prev)
            || (Character.isUpperCase(prev) && nextLower)) {
          out.append('-');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  public SourceLocation location() {
    return positions.document();
  }

  /** The folder of the event file, relative to the catalog root ("" at the root). */
  public String folder() {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }
}
