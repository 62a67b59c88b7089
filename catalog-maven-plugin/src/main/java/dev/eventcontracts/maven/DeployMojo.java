package dev.eventcontracts.maven;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DeployRequest;
import dev.eventcontracts.engine.DeployResult;
import dev.eventcontracts.report.DeployFormat;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Deploys the catalog's schemas to the Schema Registry of an environment: lint (errors refuse the
 * deploy), plan every subject, check every new version against the registry, then set compatibility
 * and register. The plan and the writes go to {@code target/catalog/deploy-<env>.txt} and {@code
 * .json}. A refused deploy fails the build; an unreachable registry is a build error that lists
 * what was written.
 */
@Mojo(name = "deploy", threadSafe = true)
public class DeployMojo extends AbstractCatalogMojo {

  /** Plan and check against the registry, write nothing. */
  @Parameter(property = "catalog.dryRun", defaultValue = "false")
  private boolean dryRun;

  /** Skips this goal only. */
  @Parameter(property = "catalog.deploy.skip", defaultValue = "false")
  private boolean skipDeploy;

  @Override
  protected boolean skipGoal() {
    return skipDeploy;
  }

  /** {@code deploy-<env>.txt} and {@code .json}; none when no environment is given. */
  @Override
  protected List<String> reportFiles() {
    return envIfSet()
        .map(env -> reportFiles(reportName(env), List.of(DeployFormat.values())))
        .orElse(List.of());
  }

  private static String reportName(String env) {
    return "deploy-" + env;
  }

  @Override
  protected void run(CatalogEngine engine) throws MojoExecutionException, MojoFailureException {
    String env = env();
    DeployResult result = engine.deploy(DeployRequest.of(catalog(), env).withDryRun(dryRun));
    log(DeployFormat.refusingLint(result.lint()));
    writeReports(
        reportName(env),
        List.of(DeployFormat.values()),
        f -> f.render(result.regions(), result.schemaIds(), result.lint(), false));
    info(DeployFormat.TEXT.render(result.regions(), result.schemaIds(), result.lint(), false));
    if (result.failed()) {
      throw new MojoFailureException(
          "catalog deploy to "
              + env
              + " refused: "
              + String.join(
                  "; ", result.regions().stream().flatMap(r -> r.refusals().stream()).toList()));
    }
  }
}
