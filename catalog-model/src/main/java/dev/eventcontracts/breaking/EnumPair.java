package dev.eventcontracts.breaking;

import com.squareup.wire.schema.EnumType;

/**
 * An enum as REF had it and as it is now ({@code after} null when deleted), and its use. {@code
 * sameSource} is true when the file declaring it is byte for byte the same in both catalogs.
 */
public record EnumPair(EnumType before, EnumType after, MessageUse use, boolean sameSource) {

  /** Whether the enum reads exactly as before (an unchanged file); no rule can fire on it then. */
  public boolean unchanged() {
    return after != null && sameSource;
  }

  public String name() {
    return before.getType().getSimpleName();
  }
}
