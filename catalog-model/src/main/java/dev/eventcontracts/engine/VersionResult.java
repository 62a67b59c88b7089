package dev.eventcontracts.engine;

import dev.eventcontracts.contracts.ContractVersion;

/** The next version of the contracts and why. */
public record VersionResult(ContractVersion version) {}
