package dev.eventcontracts.rule;

import dev.eventcontracts.load.CatalogLoader;

/**
 * A check the loader makes while reading catalog files (unknown keys, wrong types): the loader
 * records what it saw, and the rule reports it, so load findings are configured like any other.
 */
public interface LoadRule extends Rule<CatalogLoader.Loaded> {}
