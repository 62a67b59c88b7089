package dev.eventcontracts.registry;

import java.util.List;

/**
 * One version of a subject as the registry holds it.
 *
 * @param schemaType {@code PROTOBUF}, {@code AVRO} (which the API leaves out) or {@code JSON}
 */
public record RegisteredSchema(
    String subject,
    int id,
    int version,
    String schema,
    List<SchemaReference> references,
    String schemaType) {

  public static final String PROTOBUF = "PROTOBUF";

  public RegisteredSchema {
    references = List.copyOf(references);
  }

  /** A Protobuf schema, as the catalog registers them. */
  public RegisteredSchema(
      String subject, int id, int version, String schema, List<SchemaReference> references) {
    this(subject, id, version, schema, references, PROTOBUF);
  }

  public boolean isProtobuf() {
    return PROTOBUF.equals(schemaType);
  }
}
