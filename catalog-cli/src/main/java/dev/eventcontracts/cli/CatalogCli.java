package dev.eventcontracts.cli;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.report.DeployFormat;
import dev.eventcontracts.report.DiffFormat;
import dev.eventcontracts.report.ReportFormat;
import dev.eventcontracts.report.RulesFormat;
import java.io.PrintWriter;
import picocli.CommandLine;
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
    return create(out, err, System.getenv());
  }

  /**
   * As {@link #create(PrintWriter, PrintWriter)}, with the environment variables that deploy and
   * verify read registry URLs and credentials from.
   */
  public static CommandLine create(
      PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
    CatalogEngine engine = new CatalogEngine();
    CommandLine cli = new CommandLine(new CatalogCommand());
    cli.addSubcommand(new LintCommand(engine));
    cli.addSubcommand(new BreakingCommand(engine));
    cli.addSubcommand(new DiffCommand(engine));
    cli.addSubcommand(new DeployCommand(engine, environment));
    cli.addSubcommand(new VerifyCommand(engine, environment));
    cli.addSubcommand(new RulesCommand(engine));
    cli.addSubcommand(new DocsCommand(engine));
    // after the subcommands: picocli hands a converter only to the commands it already has
    FormatConverter.register(cli, ReportFormat.class);
    FormatConverter.register(cli, DiffFormat.class);
    FormatConverter.register(cli, DeployFormat.class);
    FormatConverter.register(cli, RulesFormat.class);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
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
