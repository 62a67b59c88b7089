package dev.eventcontracts.model;

import java.time.LocalDate;

/** Why and until when a deprecated event lives on. */
public record Deprecation(String replacedBy, LocalDate sunset, Positions positions) {}
