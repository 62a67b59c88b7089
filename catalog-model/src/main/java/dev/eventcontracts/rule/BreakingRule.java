package dev.eventcontracts.rule;

import dev.eventcontracts.breaking.CatalogPair;

/** A rule of {@code catalog breaking}, run over the catalog at REF and the catalog now. */
public interface BreakingRule extends Rule<CatalogPair> {}
