package dev.eventcontracts.model;

/** Lifecycle of an event contract. */
public enum Status {
  DRAFT,
  ACTIVE,
  DEPRECATED;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
