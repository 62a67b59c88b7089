package dev.eventcontracts.model;

/** Whether one record stream carries one tenant or many. */
public enum Tenancy {
  SINGLE,
  MULTI;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
