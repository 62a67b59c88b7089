package dev.eventcontracts.maven;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DocsRequest;
import dev.eventcontracts.engine.DocsResult;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the static HTML site of the catalog, with {@code catalog.json} and {@code llms.txt}, to
 * {@code target/catalog/site}; with {@code catalog.against}, the changes against it too.
 */
@Mojo(name = "docs", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class DocsMojo extends AbstractCatalogMojo {

  /** Skips this goal only. */
  @Parameter(property = "catalog.docs.skip", defaultValue = "false")
  private boolean skipDocs;

  /** Where the site is written. */
  @Parameter(
      property = "catalog.docs.out",
      defaultValue = "${project.build.directory}/catalog/site")
  private File docsDirectory;

  /** Where the site will be published, for canonical links and llms.txt. */
  @Parameter(property = "catalog.docs.baseUrl")
  private String baseUrl;

  /** A directory or Git revision to show the changes against; none when unset. */
  @Parameter(property = "catalog.against")
  private String docsAgainst;

  @Override
  protected boolean skipGoal() {
    return skipDocs;
  }

  @Override
  protected void run(CatalogEngine engine) {
    DocsResult result =
        engine.docs(
            new DocsRequest(
                catalog(), docsDirectory.toPath().toAbsolutePath(), docsAgainst, baseUrl));
    getLog()
        .info(
            "catalog docs: "
                + result.pages()
                + " pages, "
                + result.files().size()
                + " files in "
                + result.out());
  }
}
