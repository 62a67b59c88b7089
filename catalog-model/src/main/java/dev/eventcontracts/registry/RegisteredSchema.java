package dev.eventcontracts.registry;

import java.util.List;

/** One version of a subject as the registry holds it. */
public record RegisteredSchema(
    String subject, int id, int version, String schema, List<SchemaReference> references) {

  public RegisteredSchema {
    references = List.copyOf(references);
  }
}
