package dev.eventcontracts.model;

/** How an event's payload travels: protobuf binary, or the proto3 JSON mapping. */
public enum Encoding {
  PROTOBUF,
  JSON;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
