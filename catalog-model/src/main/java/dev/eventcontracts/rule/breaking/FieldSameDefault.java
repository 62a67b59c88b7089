package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.Schema;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FieldPair;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;
import java.util.Set;

/** A proto2 default is what every reader sees for an absent field, so old and new must agree. */
@RuleInfo(
    id = "FIELD_SAME_DEFAULT",
    category = Category.WIRE,
    summary = "A proto2 field keeps its default value; readers see it wherever the field is unset.")
public final class FieldSameDefault implements BreakingRule {

  private static final Set<String> ZERO = Set.of("0", "0.0", "false", "", "0.0f", "-0");

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (FieldPair field : pair.fields()) {
      if (field.before().isRepeated() || field.after().isRepeated()) {
        continue;
      }
      String was = normal(field.before(), pair.schemaThen());
      String is = normal(field.after(), pair.schemaNow());
      if (!was.equals(is)) {
        out.report(
            pair.now(field.after().getLocation()),
            field.use().event(),
            field.describe()
                + " changed default value from "
                + shown(field.before())
                + " to "
                + shown(field.after())
                + ".");
      }
    }
  }

  /** The default a reader sees: unset means zero, or an enum's first value. */
  private static String normal(Field field, Schema schema) {
    String value = field.getDefault();
    if (value == null
        && !field.getType().isScalar()
        && schema.getType(field.getType()) instanceof EnumType enumType
        && !enumType.getConstants().isEmpty()) {
      value = enumType.getConstants().get(0).getName();
    }
    if (value == null || ZERO.contains(value)) {
      return "";
    }
    return value;
  }

  private static String shown(Field field) {
    return field.getDefault() == null ? "none" : "\"" + field.getDefault() + "\"";
  }
}
