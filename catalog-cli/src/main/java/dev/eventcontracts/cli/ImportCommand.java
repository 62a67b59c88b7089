package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.ImportRequest;
import dev.eventcontracts.engine.ImportResult;
import dev.eventcontracts.importing.CatalogImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Write a catalog from what the registry of ENV holds.",
      "Reads every subject of the registry (it writes nothing there) and writes each Protobuf"
          + " schema under protoRoot where its package puts it (an imported file where its"
          + " import names it), one event per message on its topics with TODO for owner,"
          + " producers and consumers, and a lint baseline for the findings of the schemas, so"
          + " that a deploy right after is a no-op. Into the catalog in --out when it has"
          + " catalog.yaml (ENV is one of its environments), else a new catalog with --registry.",
      "Lists every subject it leaves out: Avro and JSON Schema, and Protobuf it cannot import.",
      "Exits 0, 2 when a file exists already (each is named) or on bad input, 3 when the"
          + " registry cannot be reached."
    })
final class ImportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private EnvironmentOption environment;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "The catalog to import into, or the folder for a new one; default: the current folder.")
  private Path out;

  @Option(
      names = "--registry",
      paramLabel = "URL",
      description =
          "The registry of a new catalog (Apicurio: http://HOST:PORT/apis/ccompat/v7); written"
              + " to catalog.yaml as ENV's registry url. Not with an existing catalog.yaml.")
  private String registry;

  @Option(names = "--name", description = "The name of a new catalog; default: DIR's folder name.")
  private String name;

  private final CatalogEngine engine;
  private final Invocation invocation;

  ImportCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    Path dir =
        out == null ? invocation.workingDirectory() : invocation.workingDirectory().resolve(out);
    ImportResult result =
        engine.importRegistry(
            ImportRequest.of(dir, environment.name())
                .withRegistry(registry)
                .withName(name)
                .withVariables(invocation.environment()));
    print(result, spec.commandLine().getOut());
    return ExitCode.OK;
  }

  static void print(ImportResult result, PrintWriter out) {
    out.println(
        "Imported from "
            + result.environment()
            + " ("
            + result.registry()
            + "): "
            + count(result.events(), "event")
            + ", "
            + count(result.schemas(), "schema file")
            + ".");
    result.updated().forEach(path -> out.println("updated " + path));
    result.written().forEach(path -> out.println("wrote " + path));
    if (!result.otherTypes().isEmpty()) {
      Map<String, Integer> byType = new TreeMap<>();
      result.otherTypes().values().forEach(type -> byType.merge(type, 1, Integer::sum));
      out.println(
          "Not imported: "
              + count(result.otherTypes().size(), "subject")
              + " that "
              + (result.otherTypes().size() == 1 ? "is" : "are")
              + " not Protobuf ("
              + String.join(
                  ", ",
                  byType.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())
              + "):");
      result
          .otherTypes()
          .forEach((subject, type) -> out.println("  " + subject + " (" + type + ")"));
    }
    if (!result.skipped().isEmpty()) {
      out.println("Not imported: " + count(result.skipped().size(), "Protobuf subject") + ":");
      for (CatalogImport.Skipped s : result.skipped()) {
        out.println("  " + s);
      }
    }
    if (!result.differences().isEmpty()) {
      out.println("A deploy to " + result.environment() + " right after would still change:");
      result.differences().forEach(d -> out.println("  " + d));
    }
    if (result.baselined() > 0) {
      out.println(
          count(result.baselined(), "lint finding")
              + " of the imported schemas recorded in lint-baseline.yaml.");
    }
    result.notes().forEach(note -> out.println("note: " + note));
    out.println(
        count(result.todos(), "TODO")
            + " to fill in: catalog lint"
            + (result.dir() == null ? "" : " " + result.dir())
            + " lists them.");
    out.flush();
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
