package dev.eventcontracts.maven;

import dev.eventcontracts.diff.DiffFormat;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DiffRequest;
import dev.eventcontracts.engine.DiffResult;
import java.nio.file.Path;
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

  /**
   * The catalog to compare with: a directory if one exists at that path, else a Git revision of the
   * repository holding the catalog.
   */
  @Parameter(property = "catalog.against", required = true)
  private String against;

  /** Skips this goal only. */
  @Parameter(property = "catalog.diff.skip", defaultValue = "false")
  private boolean skipDiff;

  @Override
  protected String goal() {
    return "diff";
  }

  @Override
  protected boolean skipGoal() {
    return skipDiff;
  }

  @Override
  protected void run(CatalogEngine engine) throws MojoExecutionException {
    DiffResult diff = engine.diff(new DiffRequest(catalog(), against));
    Path markdown = writeReport("diff.md", diff.render(DiffFormat.MARKDOWN));
    writeReport("diff.json", diff.render(DiffFormat.JSON));
    diff.render(DiffFormat.TEXT).lines().forEach(line -> getLog().info(line));
    getLog().info("Contract diff for review: " + markdown);
  }
}
