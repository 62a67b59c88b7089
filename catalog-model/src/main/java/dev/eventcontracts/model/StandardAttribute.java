package dev.eventcontracts.model;

import java.util.List;

/** One name and type every team uses for a common attribute, and the names it must not go by. */
public record StandardAttribute(
    String name, String type, List<String> aliases, SourceLocation location) {

  public StandardAttribute {
    aliases = List.copyOf(aliases);
  }
}
