package dev.eventcontracts.rule;

import dev.eventcontracts.model.Catalog;

/** A rule of {@code catalog lint}, run over one loaded catalog. */
public interface LintRule extends Rule<Catalog> {}
