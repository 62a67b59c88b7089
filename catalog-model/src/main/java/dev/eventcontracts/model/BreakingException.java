package dev.eventcontracts.model;

import java.time.LocalDate;

/**
 * One reviewed break let through: the rule, the event or path it applies to, why, who approved it,
 * and until when.
 */
public record BreakingException(
    String rule,
    String event,
    String path,
    String reason,
    String approvedBy,
    LocalDate expires,
    SourceLocation location) {}
