package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.ProtoFile;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;

@RuleInfo(
    id = "FILE_LOWER_SNAKE_CASE",
    category = Category.NAMING,
    summary = "A proto file name is lower_snake_case, such as message_sent.proto.")
public final class FileLowerSnakeCase implements LintRule {

  private static final String SUFFIX = ".proto";

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (ProtoFile file : catalog.protos().files()) {
      String protoPath = file.getLocation().getPath();
      String fileName = protoPath.substring(protoPath.lastIndexOf('/') + 1);
      String base = fileName.substring(0, fileName.length() - SUFFIX.length());
      if (!ProtoCase.isLowerSnake(base)) {
        out.report(
            ProtoStatements.syntax(catalog, file),
            null,
            "File name \""
                + fileName
                + "\" should be lower_snake_case, such as \""
                + ProtoCase.toLowerSnake(base)
                + SUFFIX
                + "\".");
      }
    }
  }
}
