package dev.eventcontracts.cli;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.NewEventRequest;
import dev.eventcontracts.engine.NewServiceRequest;
import dev.eventcontracts.model.Encoding;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Add an event or a service that lints clean.",
      "Never writes over a file; exits 2 naming it."
    })
final class NewCommand implements Runnable {

  @Spec private CommandSpec spec;

  /** {@code catalog new} with its verbs {@code event} and {@code service}. */
  static CommandLine create(CatalogEngine engine, Invocation invocation) {
    return new CommandLine(new NewCommand())
        .addSubcommand(new EventCommand(engine, invocation))
        .addSubcommand(new ServiceCommand(engine, invocation));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing what to add: event or service");
  }

  @Command(
      name = "event",
      mixinStandardHelpOptions = true,
      description = {
        "Add a draft event: its YAML, its message in a proto where its package belongs, and an"
            + " example payload. A draft needs no producers or consumers; make it active once"
            + " they are named.",
        "Exits 0, or 2 when a file exists, or the domain, team or producer is unknown."
      })
  static final class EventCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private CatalogDirectory catalog;

    @Option(names = "--domain", required = true, description = "The event's domain.")
    private String domain;

    @Option(names = "--name", required = true, description = "The event, PascalCase.")
    private String name;

    @Option(names = "--owner", description = "The owning team; default: the domain's owner.")
    private String owner;

    @Option(names = "--producer", description = "A service that produces it.")
    private String producer;

    @Option(
        names = "--encoding",
        paramLabel = "protobuf|json",
        description = "How its payload travels; default: the catalog's defaults.encoding.")
    private Encoding encoding;

    private final CatalogEngine engine;
    private final Invocation invocation;

    EventCommand(CatalogEngine engine, Invocation invocation) {
      this.engine = engine;
      this.invocation = invocation;
    }

    @Override
    public Integer call() {
      Path dir = catalog.path(invocation.workingDirectory());
      InitCommand.Written.print(
          engine.newEvent(new NewEventRequest(dir, domain, name, owner, producer, encoding)),
          spec.commandLine().getOut());
      return ExitCode.OK;
    }
  }

  @Command(
      name = "service",
      mixinStandardHelpOptions = true,
      description = {
        "Add a service.",
        "Exits 0, or 2 when its file exists or the team is unknown."
      })
  static final class ServiceCommand implements Callable<Integer> {
    @Spec private CommandSpec spec;
    @Mixin private CatalogDirectory catalog;

    @Option(names = "--name", required = true, description = "The service, lower-kebab-case.")
    private String name;

    @Option(names = "--owner", required = true, description = "The owning team.")
    private String owner;

    private final CatalogEngine engine;
    private final Invocation invocation;

    ServiceCommand(CatalogEngine engine, Invocation invocation) {
      this.engine = engine;
      this.invocation = invocation;
    }

    @Override
    public Integer call() {
      Path dir = catalog.path(invocation.workingDirectory());
      InitCommand.Written.print(
          engine.newService(new NewServiceRequest(dir, name, owner)), spec.commandLine().getOut());
      return ExitCode.OK;
    }
  }
}
