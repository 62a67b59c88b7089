package dev.eventcontracts.maven;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.LintRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the catalog: structure, references, naming, proto style, standard attributes, the header
 * contract and examples. Findings at error severity fail the build; reports go to {@code
 * target/catalog/} as {@code lint.txt}, {@code lint.sarif} and {@code TEST-catalog-lint.xml}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractCatalogMojo {

  /** Warnings fail the build as errors do. */
  @Parameter(property = "catalog.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Skips this goal only. */
  @Parameter(property = "catalog.lint.skip", defaultValue = "false")
  private boolean skipLint;

  @Override
  protected boolean skipGoal() {
    return skipLint;
  }

  @Override
  protected void run(CatalogEngine engine) throws MojoExecutionException, MojoFailureException {
    report(engine.lint(new LintRequest(catalog())).report(), failOnWarning);
  }
}
