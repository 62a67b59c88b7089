package dev.eventcontracts.cli;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.report.ApprovalsFormat;
import dev.eventcontracts.report.DeployFormat;
import dev.eventcontracts.report.DiffFormat;
import dev.eventcontracts.report.ReportFormat;
import dev.eventcontracts.report.RulesFormat;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the {@code catalog} command tree writing to the given streams, so every command runs
 * in-process in tests exactly as from the jar. Errors become one {@code catalog: …} line per
 * problem and the exit code of DESIGN §4.
 */
public final class CatalogCli {

  private CatalogCli() {}

  public static CommandLine create(PrintWriter out, PrintWriter err) {
    return create(out, err, Invocation.current());
  }

  /**
   * As {@link #create(PrintWriter, PrintWriter)}, with the environment variables that deploy and
   * verify read registry URLs and credentials from.
   */
  public static CommandLine create(
      PrintWriter out, PrintWriter err, Map<String, String> environment) {
    return create(out, err, Invocation.current().withEnvironment(environment));
  }

  /** The command tree as {@code invocation} runs it: its variables, folder and terminal. */
  public static CommandLine create(PrintWriter out, PrintWriter err, Invocation invocation) {
    return create(out, err, invocation, null);
  }

  /**
   * The command tree that runs {@code args}: when they start with the name of a command, that
   * command alone, since building the other sixteen is a twentieth of a second of every start;
   * otherwise (help, completion, a misspelt command) the whole tree.
   */
  public static CommandLine forArguments(
      PrintWriter out, PrintWriter err, Invocation invocation, String... args) {
    String first = args.length == 0 ? null : args[0];
    boolean alone = first != null && !WHOLE_TREE.contains(first);
    return create(out, err, invocation, alone ? first : null);
  }

  /** Commands that read the whole tree. */
  private static final java.util.Set<String> WHOLE_TREE = java.util.Set.of("help", "completion");

  private static CommandLine create(
      PrintWriter out, PrintWriter err, Invocation invocation, String only) {
    CatalogEngine engine = new CatalogEngine();
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("lint", () -> new LintCommand(engine, invocation));
    commands.put("breaking", () -> new BreakingCommand(engine, invocation));
    commands.put("diff", () -> new DiffCommand(engine, invocation));
    commands.put("deploy", () -> new DeployCommand(engine, invocation));
    commands.put("verify", () -> new VerifyCommand(engine, invocation));
    commands.put("rules", () -> new RulesCommand(engine));
    commands.put("docs", () -> new DocsCommand(engine, invocation));
    commands.put("codeowners", () -> new CodeownersCommand(engine, invocation));
    commands.put("approvals", () -> new ApprovalsCommand(engine, invocation));
    commands.put("variables", () -> new VariablesCommand(engine, invocation));
    commands.put("baseline", () -> new BaselineCommand(engine, invocation));
    commands.put("version", () -> new VersionCommand(engine, invocation));
    commands.put("init", () -> new InitCommand(engine, invocation));
    commands.put("import", () -> new ImportCommand(engine, invocation));
    commands.put("new", () -> NewCommand.create(engine, invocation));
    commands.put("completion", CompletionCommand::new);
    commands.put("help", HelpCommand::new);
    CommandLine cli = new CommandLine(new CatalogCommand());
    if (only != null && commands.containsKey(only)) {
      cli.addSubcommand(only, commands.get(only).get());
    } else {
      commands.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    }
    // -V on a subcommand prints nothing unless that command has a version provider too
    for (CommandLine command : cli.getSubcommands().values()) {
      command.getCommandSpec().versionProvider(new CatalogCommand.Version());
    }
    // after the subcommands: picocli hands a converter only to the commands it already has
    FormatConverter.register(cli, ReportFormat.class);
    FormatConverter.register(cli, DiffFormat.class);
    FormatConverter.register(cli, DeployFormat.class);
    FormatConverter.register(cli, RulesFormat.class);
    FormatConverter.register(cli, ApprovalsFormat.class);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // help in colour only where reports may be; picocli's AUTO then checks the terminal itself
    cli.setColorScheme(Help.defaultColorScheme(invocation.colour() ? Ansi.AUTO : Ansi.OFF));
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(CatalogCli::usageError);
    cli.setExecutionExceptionHandler(CatalogCli::failure);
    return cli;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("catalog: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCode.INPUT;
  }

  private static int failure(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof CatalogException problem) {
      problem.problems().forEach(line -> err.println("catalog: " + line));
      if (verbose(parsed)) {
        e.printStackTrace(err);
      }
      err.flush();
      return problem.exitCode();
    }
    if (verbose(parsed)) {
      err.println("catalog: internal error: " + e);
      e.printStackTrace(err);
    } else {
      err.println("catalog: internal error: " + e + " (--verbose prints the stack trace)");
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
