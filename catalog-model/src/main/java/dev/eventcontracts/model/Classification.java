package dev.eventcontracts.model;

/** Data classification of an event's payload. */
public enum Classification {
  PUBLIC,
  INTERNAL,
  CONFIDENTIAL;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
