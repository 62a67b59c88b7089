package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.Options;
import com.squareup.wire.schema.internal.parser.OptionElement;

/** The value of one of protobuf's own options as written on an element. */
final class OptionValue {

  private OptionValue() {}

  /** The value of option {@code name} (an enum constant's name, a number…), else {@code absent}. */
  static String of(Options options, String name, String absent) {
    for (OptionElement option : options.getElements()) {
      if (option.getName().equals(name)) {
        return String.valueOf(option.getValue());
      }
    }
    return absent;
  }
}
