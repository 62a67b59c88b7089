package dev.eventcontracts.maven;

import dev.eventcontracts.engine.BreakingRequest;
import dev.eventcontracts.engine.CatalogEngine;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the catalog for breaking changes against a directory or Git revision: schema compatibility
 * in each event's encoding and mode, and the contract (topics, keys, encodings, headers, subject
 * naming). A breaking change fails the build; reports go to {@code target/catalog/} as {@code
 * breaking.txt}, {@code breaking.sarif} and {@code TEST-catalog-breaking.xml}.
 */
@Mojo(name = "breaking", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class BreakingMojo extends AbstractCatalogMojo {

  /** Warnings fail the build as errors do. */
  @Parameter(property = "catalog.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Skips this goal only. */
  @Parameter(property = "catalog.breaking.skip", defaultValue = "false")
  private boolean skipBreaking;

  @Override
  protected boolean skipGoal() {
    return skipBreaking;
  }

  @Override
  protected void run(CatalogEngine engine) throws MojoExecutionException, MojoFailureException {
    report(engine.breaking(new BreakingRequest(catalog(), against())).report(), failOnWarning);
  }
}
