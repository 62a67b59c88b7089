package dev.eventcontracts.rule;

/**
 * A check the loader makes while reading catalog files (unknown keys, wrong types); it has metadata
 * like any rule, and the loader reports its findings.
 */
public interface LoadRule {

  default RuleMeta meta() {
    return RuleMeta.of(getClass());
  }
}
