package dev.eventcontracts.model;

import java.time.LocalDate;

/**
 * One reviewed break let through: the rule, the event or path it applies to, why, who approved it,
 * and until when. {@code location} is the entry's, {@code ruleLocation} where its rule is named.
 */
public record ApprovedBreak(
    String rule,
    String event,
    String path,
    String reason,
    String approvedBy,
    LocalDate expires,
    SourceLocation location,
    SourceLocation ruleLocation) {}
