package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.Field;

/** How many values a field holds. Required fields are the concern of their own rule. */
enum Cardinality {
  OPTIONAL,
  REQUIRED,
  REPEATED,
  MAP;

  static Cardinality of(Field field) {
    if (field.getType().isMap()) {
      return MAP;
    }
    if (field.isRepeated()) {
      return REPEATED;
    }
    return field.isRequired() ? REQUIRED : OPTIONAL;
  }

  boolean singular() {
    return this == OPTIONAL || this == REQUIRED;
  }

  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
