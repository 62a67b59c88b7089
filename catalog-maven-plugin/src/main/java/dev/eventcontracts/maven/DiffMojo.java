package dev.eventcontracts.maven;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DiffRequest;
import dev.eventcontracts.engine.DiffResult;
import dev.eventcontracts.report.DiffFormat;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the contract diff against a directory or Git revision for review: {@code
 * target/catalog/diff.md} (for a pull-request comment) and {@code diff.json}, and prints it as
 * text. Never fails the build on what changed; {@code catalog:breaking} does that.
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends AbstractCatalogMojo {

  private static final List<DiffFormat> FILES = List.of(DiffFormat.MARKDOWN, DiffFormat.JSON);

  /** Skips this goal only. */
  @Parameter(property = "catalog.diff.skip", defaultValue = "false")
  private boolean skipDiff;

  @Override
  protected boolean skipGoal() {
    return skipDiff;
  }

  @Override
  protected List<String> reportFiles() {
    return reportFiles("diff", FILES);
  }

  @Override
  protected void run(CatalogEngine engine) throws MojoExecutionException {
    DiffResult diff = engine.diff(new DiffRequest(catalog(), against()));
    List<Path> files = writeReports("diff", FILES, diff::render);
    info(diff.render(DiffFormat.TEXT));
    getLog().info("Contract diff for review: " + files.get(0));
  }
}
