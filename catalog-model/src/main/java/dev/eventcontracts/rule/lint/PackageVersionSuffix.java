package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.ProtoFile;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.Locale;
import java.util.regex.Pattern;

@RuleInfo(
    id = "PACKAGE_VERSION_SUFFIX",
    category = Category.STYLE,
    summary =
        "A package ends in a version component such as v1 or v1beta1, so a breaking contract"
            + " can move to a new package beside the old one.")
public final class PackageVersionSuffix implements LintRule {

  /**
   * {@code v1}, {@code v2}, {@code v1alpha}, {@code v1beta1}, {@code v1p1beta1}, {@code v1test}.
   */
  private static final Pattern VERSION =
      Pattern.compile("v[1-9][0-9]*(?:(?:p[1-9][0-9]*)?(?:alpha|beta)[0-9]*|test[a-z0-9_]*)?");

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (ProtoFile file : catalog.protos().files()) {
      String packageName = file.getPackageName();
      if (packageName == null || packageName.isEmpty()) {
        continue;
      }
      int dot = packageName.lastIndexOf('.');
      String last = packageName.substring(dot + 1);
      if (VERSION.matcher(last).matches()) {
        continue;
      }
      String lower = last.toLowerCase(Locale.ROOT);
      String suggestion;
      if (VERSION.matcher(lower).matches()) {
        suggestion = packageName.substring(0, dot + 1) + lower;
      } else if (lower.matches("v[0-9].*")) {
        suggestion = packageName.substring(0, dot + 1) + "v1";
      } else {
        suggestion = packageName + ".v1";
      }
      out.report(
          ProtoStatements.packageStatement(catalog, file),
          null,
          "Package \""
              + packageName
              + "\" should end in a version component such as \"v1\" or \"v1beta1\", such as \""
              + suggestion
              + "\".");
    }
  }
}
