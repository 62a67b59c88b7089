package dev.eventcontracts.rule.breaking;

import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.FilePair;
import dev.eventcontracts.breaking.MessageUse;
import dev.eventcontracts.model.TextPosition;
import dev.eventcontracts.rule.BreakingRule;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.RuleInfo;

/**
 * A type's full name is its package plus its name: it names the type in {@code Any} type URLs, in
 * gRPC method paths, in generated code and in record-strategy subjects. A file whose package
 * changes renames every type it declares at once, which no field-by-field comparison shows. Files
 * are paired by path, as buf pairs them; every file under the proto root is checked, held to the
 * strictest use of the types it declares.
 */
@RuleInfo(
    id = "FILE_SAME_PACKAGE",
    category = Category.WIRE,
    summary = "A proto file keeps its package, so the types it declares keep their full names.")
public final class FileSamePackage implements BreakingRule {

  @Override
  public void check(CatalogPair pair, Findings out) {
    for (FilePair file : pair.files()) {
      if (file.after() == null) {
        continue;
      }
      String was = FilePair.packageOf(file.before());
      String is = FilePair.packageOf(file.after());
      MessageUse use = was.equals(is) ? null : pair.use(file);
      if (use != null && use.checked()) {
        out.report(
            TextPosition.packageStatement(pair.after().protos(), file.path()),
            use.event(),
            "File package changed from \""
                + was
                + "\" to \""
                + is
                + "\": every type the file declares gets a new full name. Keep the package,"
                + " and declare types of the new package in a new file.");
      }
    }
  }
}
