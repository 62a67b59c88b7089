package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.ProtoFile;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "PACKAGE_LOWER_SNAKE_CASE",
    category = Category.NAMING,
    summary = "Every component of a package name is lower_snake_case, such as acme.chat_rooms.v1.")
public final class PackageLowerSnakeCase implements LintRule {

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
      List<String> expected = new ArrayList<>();
      boolean clean = true;
      for (String component : packageName.split("\\.")) {
        clean &= ProtoCase.isLowerSnake(component);
        expected.add(ProtoCase.toLowerSnake(component));
      }
      if (!clean) {
        out.report(
            ProtoStatements.packageStatement(catalog, file),
            null,
            "Package name \""
                + packageName
                + "\" should be lower_snake_case, such as \""
                + String.join(".", expected)
                + "\".");
      }
    }
  }
}
