package dev.eventcontracts.cli;

import dev.eventcontracts.CatalogException;

/** The exit codes of every command, as DESIGN §4 promises them. */
public final class ExitCode {

  /** Done, nothing at error severity. */
  public static final int OK = 0;

  /**
   * The command ran and found errors (lint findings, breaking changes, drift, a refused deploy).
   */
  public static final int FINDINGS = 1;

  /** A bad flag or argument, or a catalog that cannot be read. */
  public static final int INPUT = CatalogException.INPUT;

  /** The registry or Git could not be reached. */
  public static final int UNREACHABLE = CatalogException.UNREACHABLE;

  /** A fault in the tool itself. */
  public static final int INTERNAL = 4;

  private ExitCode() {}
}
