package dev.eventcontracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryPathsTest {

  @TempDir Path repo;

  @Test
  void githubFormatsNameFilesFromTheRepositoryRootWhenTheCatalogIsInASubdirectory()
      throws Exception {
    Git.init().setDirectory(repo.toFile()).call().close();
    Path catalog = Files.createDirectories(repo.resolve("catalogs/acme"));
    Report report = SampleReports.hostile("catalog.yaml", "m");

    assertTrue(
        ReportFormat.GITHUB
            .render(report, catalog)
            .startsWith("::error file=catalogs/acme/catalog.yaml,line=4,col=7,"));
    assertEquals(
        "catalogs/acme/catalog.yaml",
        new ObjectMapper()
            .readTree(ReportFormat.SARIF.render(report, catalog))
            .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
            .asText());
  }

  @Test
  void otherFormatsKeepPathsRelativeToTheCatalog() throws Exception {
    Git.init().setDirectory(repo.toFile()).call().close();
    Path catalog = Files.createDirectories(repo.resolve("catalogs/acme"));
    Report report = SampleReports.hostile("catalog.yaml", "m");

    assertTrue(ReportFormat.TEXT.render(report, catalog).startsWith("catalog.yaml:4:7: "));
    assertTrue(ReportFormat.JSON.render(report, catalog).contains("\"file\": \"catalog.yaml\""));
  }

  @Test
  void aCatalogAtTheRootOrOutsideAnyRepositoryKeepsItsPaths() throws Exception {
    Path outside = Files.createDirectories(repo.resolve("plain"));
    Report report = SampleReports.hostile("catalog.yaml", "m");

    assertTrue(
        ReportFormat.GITHUB.render(report, outside).startsWith("::error file=catalog.yaml,"));
    Git.init().setDirectory(repo.toFile()).call().close();
    assertTrue(ReportFormat.GITHUB.render(report, repo).startsWith("::error file=catalog.yaml,"));
  }
}
