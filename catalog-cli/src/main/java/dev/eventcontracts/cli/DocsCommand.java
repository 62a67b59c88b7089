package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DocsRequest;
import dev.eventcontracts.engine.DocsResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = {
      "Write the static HTML site of the catalog.",
      "A page per event, domain, service, team, topic and field, flow graphs, search,"
          + " catalog.json and llms.txt; works from file:// and any static host, offline.",
      "Exits 0, or 2 when the catalog or REF cannot be read or OUT cannot be written."
    })
final class DocsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      required = true,
      description = "Directory to write the site into (created when missing).")
  private Path out;

  @Option(
      names = {"-a", "--against"},
      paramLabel = "REF",
      description = {
        "Also show what changed against REF: a directory if one exists at that path, else a Git"
            + " revision of the repository holding DIR."
      })
  private String against;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Where the site will be published, for canonical links and llms.txt.")
  private String baseUrl;

  private final CatalogEngine engine;
  private final Invocation invocation;

  DocsCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path target = out.toAbsolutePath().normalize();
    DocsResult result =
        engine.docs(
            new DocsRequest(catalog.path(invocation.workingDirectory()), target, against, baseUrl));
    spec.commandLine()
        .getOut()
        .printf(
            "catalog docs: %d pages, %d files, %d bytes in %s%n",
            result.pages(), result.files().size(), result.bytes(), target);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
