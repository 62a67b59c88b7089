package dev.eventcontracts.rule;

import java.util.Arrays;
import java.util.List;

/**
 * The one table of rule categories. A category groups rules of one family, so {@code except} can
 * switch off a whole group by its name; the names are stable, like rule IDs.
 */
public enum Category {
  STRUCTURE(RuleFamily.LINT, "Catalog files have the shape of the catalog format."),
  REFERENCES(RuleFamily.LINT, "Every name a catalog file uses is defined where it points."),
  NAMING(RuleFamily.LINT, "Events, topics, packages and proto elements are named one way."),
  STYLE(RuleFamily.LINT, "Proto files are laid out as buf's STANDARD style expects."),
  COMMENTS(RuleFamily.LINT, "Every proto element a consumer reads is documented."),
  GOVERNANCE(RuleFamily.LINT, "Events keep the catalog's attributes, headers and examples."),
  WIRE(RuleFamily.BREAKING, "Data in the binary wire format stays readable."),
  WIRE_JSON(RuleFamily.BREAKING, "Data in the proto3 JSON mapping stays readable."),
  CONTRACT(RuleFamily.BREAKING, "Topics, keys, encodings, headers and modes stay as promised."),
  REGISTRY(RuleFamily.VERIFY, "What a Schema Registry holds is what Git holds.");

  private final RuleFamily family;
  private final String summary;

  Category(RuleFamily family, String summary) {
    this.family = family;
    this.summary = summary;
  }

  /** The family whose configuration section names this category; load rules share {@code lint:}. */
  public RuleFamily family() {
    return family;
  }

  public String summary() {
    return summary;
  }

  /** Every category name, in table order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(Category::name).toList();
  }
}
