package dev.eventcontracts.diff;

import java.util.Locale;

/**
 * What part of an event contract a {@link Change} is about. The declaration order is the order in
 * which a reviewer reads an event's changes: its contract attributes, where it travels, who writes
 * and reads it, its headers, then its schema.
 */
public enum Aspect {
  OWNER("owner", false),
  STATUS("status", false),
  DEPRECATION_REPLACED_BY("replaced by", false),
  DEPRECATION_SUNSET("sunset", false),
  VERSION("version", false),
  SUMMARY("summary", false),
  SCHEMA_MESSAGE("schema message", false),
  ENCODING("encoding", false),
  COMPATIBILITY("compatibility", false),
  CLASSIFICATION("classification", false),
  TENANCY("tenancy", false),
  TOPIC("topic", true),
  TOPIC_KEY("topic key", false),
  PRODUCER("producer", true),
  CONSUMER("consumer", true),
  HEADER("header", true),
  FIELD("field", true),
  FIELD_NAME("field name", false),
  FIELD_NUMBER("field number", false),
  FIELD_TYPE("field type", false),
  FIELD_LABEL("field label", false),
  FIELD_JSON_NAME("field json_name", false),
  FIELD_DEFAULT("field default", false),
  ENUM_VALUE("enum value", true),
  ENUM_VALUE_NAME("enum value name", false),
  ENUM_VALUE_NUMBER("enum value number", false);

  private final String label;
  private final boolean member;

  Aspect(String label, boolean member) {
    this.label = label;
    this.member = member;
  }

  /** Stable identifier for JSON output, such as {@code field_type}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** How a reviewer names it: {@code field type}, {@code consumer}. */
  public String label() {
    return label;
  }

  /**
   * Whether this aspect is a member of a collection (a topic, a field), which is added or removed;
   * otherwise it is a single value that changes.
   */
  public boolean member() {
    return member;
  }

  /** Whether this is a change to the event's schema rather than its catalog entry. */
  public boolean schema() {
    return ordinal() >= FIELD.ordinal();
  }
}
