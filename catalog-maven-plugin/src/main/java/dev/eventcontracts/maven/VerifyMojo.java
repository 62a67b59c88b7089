package dev.eventcontracts.maven;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.VerifyRequest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the Schema Registry of an environment for drift from the catalog: missing subjects, other
 * schemas, references or compatibility, and subjects the catalog does not manage. Drift fails the
 * build; reports go to {@code target/catalog/} as {@code verify.txt}, {@code verify.sarif} and
 * {@code TEST-catalog-verify.xml}.
 */
@Mojo(name = "verify", threadSafe = true)
public class VerifyMojo extends AbstractCatalogMojo {

  /** Subjects the catalog does not manage are errors, not warnings. */
  @Parameter(property = "catalog.strict", defaultValue = "false")
  private boolean strict;

  /** Warnings fail the build as errors do. */
  @Parameter(property = "catalog.failOnWarning", defaultValue = "false")
  private boolean failOnWarning;

  /** Skips this goal only. */
  @Parameter(property = "catalog.verify.skip", defaultValue = "false")
  private boolean skipVerify;

  @Override
  protected boolean skipGoal() {
    return skipVerify;
  }

  @Override
  protected void run(CatalogEngine engine) throws MojoExecutionException, MojoFailureException {
    report(
        engine.verify(VerifyRequest.of(catalog(), env()).withStrict(strict)).report(),
        failOnWarning);
  }
}
