package dev.eventcontracts.cli;

import dev.eventcontracts.registry.Deployer;
import java.io.PrintWriter;

/** "N of M" on standard error for long deploys, only when a person watches a terminal. */
final class ProgressLine implements Deployer.Progress {

  private static final int MIN_TOTAL = 50;

  private final PrintWriter err;

  private ProgressLine(PrintWriter err) {
    this.err = err;
  }

  static Deployer.Progress onTerminal(PrintWriter err) {
    return System.console() == null ? Deployer.Progress.NONE : new ProgressLine(err);
  }

  @Override
  public synchronized void update(String phase, int done, int total) {
    if (total < MIN_TOTAL || (done % 25 != 0 && done != total)) {
      return;
    }
    err.print("\r" + phase + " " + done + " of " + total + (done == total ? "\n" : ""));
    err.flush();
  }
}
