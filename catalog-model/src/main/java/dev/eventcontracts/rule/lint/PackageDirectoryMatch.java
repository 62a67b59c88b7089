package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.ProtoFile;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "PACKAGE_DIRECTORY_MATCH",
    category = Category.STYLE,
    summary =
        "A proto file lives in the directory its package names under protoRoot, such as"
            + " acme/messaging/v1/ for package acme.messaging.v1.")
public final class PackageDirectoryMatch implements LintRule {

  @Override
  public void check(Catalog catalog, Findings out) {
    ProtoSchema protos = catalog.protos();
    if (protos == null) {
      return;
    }
    for (ProtoFile file : protos.files()) {
      String packageName = file.getPackageName();
      if (packageName == null || packageName.isEmpty()) {
        continue;
      }
      String protoPath = file.getLocation().getPath();
      int slash = protoPath.lastIndexOf('/');
      String directory = slash < 0 ? "" : protoPath.substring(0, slash);
      String expected = packageName.replace('.', '/');
      if (directory.equals(expected)) {
        continue;
      }
      String fileName = protoPath.substring(slash + 1);
      out.report(
          ProtoStatements.packageStatement(catalog, file),
          null,
          "Package \""
              + packageName
              + "\" should be in the directory \""
              + protos.catalogPath(expected)
              + "\", not \""
              + (directory.isEmpty() ? displayRoot(protos) : protos.catalogPath(directory))
              + "\"; move the file to \""
              + protos.catalogPath(expected + "/" + fileName)
              + "\".");
    }
  }

  private static String displayRoot(ProtoSchema protos) {
    return protos.protoRoot().isEmpty() ? "." : protos.protoRoot();
  }
}
