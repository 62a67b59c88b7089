package dev.eventcontracts.model;

/** How a Schema Registry subject is named for an event on a topic. */
public enum SubjectNameStrategy {
  /** {@code <topic>-value}: one schema per topic. */
  TOPIC,
  /** {@code <fully.qualified.Message>}: one schema per message, on any topic. */
  RECORD,
  /** {@code <topic>-<fully.qualified.Message>}: several event types on one topic. */
  TOPIC_RECORD;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public String subject(String topic, String message) {
    return switch (this) {
      case TOPIC -> topic + "-value";
      case RECORD -> message;
      case TOPIC_RECORD -> topic + "-" + message;
    };
  }
}
