package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.ProtoFile;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "PACKAGE_DEFINED",
    category = Category.STYLE,
    summary = "Every proto file declares a package, so its types have names no other file takes.")
public final class PackageDefined implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (ProtoFile file : catalog.protos().files()) {
      if (file.getPackageName() != null && !file.getPackageName().isEmpty()) {
        continue;
      }
      String protoPath = file.getLocation().getPath();
      int slash = protoPath.lastIndexOf('/');
      String suggestion =
          slash < 0
              ? "declare one such as \"package acme.orders.v1;\" and move the file into the"
                  + " matching directory \"acme/orders/v1\""
              : "declare \"package " + protoPath.substring(0, slash).replace('/', '.') + ";\"";
      out.report(
          ProtoStatements.syntax(catalog, file),
          null,
          "File \""
              + ProtoStatements.path(catalog, file)
              + "\" has no package; "
              + suggestion
              + ".");
    }
  }
}
