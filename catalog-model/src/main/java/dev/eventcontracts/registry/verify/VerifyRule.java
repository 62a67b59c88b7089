package dev.eventcontracts.registry.verify;

import dev.eventcontracts.registry.RegistrySnapshot;
import dev.eventcontracts.rule.Rule;

/** A rule of {@code catalog verify}, run over what one registry holds next to the catalog. */
public interface VerifyRule extends Rule<RegistrySnapshot> {}
