package dev.eventcontracts.rule;

import dev.eventcontracts.registry.RegistrySnapshot;

/** A rule of {@code catalog verify}, run over what one registry holds next to the catalog. */
public interface VerifyRule extends Rule<RegistrySnapshot> {}
