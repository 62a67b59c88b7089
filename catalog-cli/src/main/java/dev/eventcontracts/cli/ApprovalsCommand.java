package dev.eventcontracts.cli;

import dev.eventcontracts.engine.ApprovalsRequest;
import dev.eventcontracts.engine.ApprovalsResult;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.report.ApprovalsFormat;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "approvals",
    mixinStandardHelpOptions = true,
    description = {
      "Check that every team the contract diff against REF needs has approved.",
      "Reads the pull request's reviews and the teams' members as GitHub's REST API returns them"
          + " (gh api --paginate). A reviewer's latest approval or change request counts; the"
          + " author never approves for a team.",
      "Exits 0 when every team approved, 1 listing the teams still to approve, 2 when an input"
          + " or catalog cannot be read."
    })
final class ApprovalsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private CatalogDirectory catalog;
  @Mixin private AgainstOption against;
  @Mixin private OutputFile output;

  @Option(
      names = "--reviews",
      required = true,
      paramLabel = "FILE",
      description = "JSON array of GitHub's \"List reviews for a pull request\".")
  private Path reviews;

  @Option(
      names = "--team-members",
      required = true,
      paramLabel = "FILE",
      description =
          "JSON object: each team handle (\"@acme/messaging\") to GitHub's \"List team members\""
              + " array.")
  private Path teamMembers;

  @Option(
      names = "--author",
      paramLabel = "LOGIN",
      description = "The pull request's author, whose membership never approves for a team.")
  private String author;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private ApprovalsFormat format;

  private final CatalogEngine engine;
  private final Invocation invocation;

  ApprovalsCommand(CatalogEngine engine, Invocation invocation) {
    this.engine = engine;
    this.invocation = invocation;
  }

  @Override
  public Integer call() {
    ApprovalsResult result =
        engine.approvals(
            new ApprovalsRequest(
                catalog.path(invocation.workingDirectory()),
                against.ref(),
                reviews,
                teamMembers,
                author));
    output.print(result.render(format), spec.commandLine().getOut());
    return result.approved() ? ExitCode.OK : ExitCode.FINDINGS;
  }
}
