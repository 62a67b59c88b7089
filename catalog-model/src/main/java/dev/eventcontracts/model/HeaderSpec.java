package dev.eventcontracts.model;

import java.util.List;

/**
 * One header of the record contract. {@code requiredWhen} is a condition such as {@code tenancy ==
 * multi}; {@code values} is empty when any value is allowed.
 */
public record HeaderSpec(
    String name,
    boolean required,
    String requiredWhen,
    List<String> values,
    SourceLocation location) {

  public HeaderSpec {
    values = List.copyOf(values);
  }

  /** Whether this header must be present on records of {@code event}. */
  public boolean requiredFor(Event event) {
    if (required) {
      return true;
    }
    if (requiredWhen == null) {
      return false;
    }
    String[] parts = requiredWhen.split("==", 2);
    if (parts.length != 2) {
      return false;
    }
    String attribute = parts[0].trim();
    String expected = parts[1].trim().replace("\"", "").replace("'", "");
    String actual =
        switch (attribute) {
          case "tenancy" -> event.tenancy() == null ? null : event.tenancy().id();
          case "classification" ->
              event.classification() == null ? null : event.classification().id();
          case "status" -> event.status() == null ? null : event.status().id();
          case "encoding" -> event.encoding() == null ? null : event.encoding().id();
          default -> null;
        };
    return expected.equals(actual);
  }
}
