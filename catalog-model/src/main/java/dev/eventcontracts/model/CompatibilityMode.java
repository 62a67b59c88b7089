package dev.eventcontracts.model;

/** Schema Registry compatibility modes. */
public enum CompatibilityMode {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  private final boolean backward;
  private final boolean forward;
  private final boolean transitive;

  CompatibilityMode(boolean backward, boolean forward, boolean transitive) {
    this.backward = backward;
    this.forward = forward;
    this.transitive = transitive;
  }

  /** New readers must read data written with the old schema. */
  public boolean backward() {
    return backward;
  }

  /** Old readers must read data written with the new schema. */
  public boolean forward() {
    return forward;
  }

  public boolean transitive() {
    return transitive;
  }

  /** How much this mode promises; a change to a lower strength loosens the contract. */
  public int strength() {
    return (backward ? 1 : 0) + (forward ? 1 : 0) + (transitive && (backward || forward) ? 1 : 0);
  }

  /** True when {@code other} promises everything this mode promises. */
  public boolean isCoveredBy(CompatibilityMode other) {
    return (!backward || other.backward)
        && (!forward || other.forward)
        && (!transitive || other.transitive || this == NONE);
  }
}
