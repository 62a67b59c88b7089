package dev.eventcontracts.registry;

import java.util.List;

/** A Protobuf schema as sent to the registry: the raw .proto text and its references. */
public record SchemaContent(String schema, List<SchemaReference> references) {

  public SchemaContent {
    references = List.copyOf(references);
  }
}
