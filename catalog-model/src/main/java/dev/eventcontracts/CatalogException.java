package dev.eventcontracts;

import java.util.List;

/**
 * A failure the user can act on, with the exit code it maps to: bad input (2), an unreachable
 * registry or Git repository (3). Each problem is one line that names the file and line, or the URL
 * and status.
 */
public class CatalogException extends RuntimeException {

  public static final int INPUT = 2;
  public static final int UNREACHABLE = 3;

  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final List<String> problems;

  public CatalogException(int exitCode, List<String> problems) {
    super(String.join("\n", problems));
    this.exitCode = exitCode;
    this.problems = List.copyOf(problems);
  }

  public CatalogException(int exitCode, String problem, Throwable cause) {
    super(problem, cause);
    this.exitCode = exitCode;
    this.problems = List.of(problem);
  }

  public static CatalogException input(String problem) {
    return new CatalogException(INPUT, List.of(problem));
  }

  public static CatalogException unreachable(String problem, Throwable cause) {
    return new CatalogException(UNREACHABLE, problem, cause);
  }

  public int exitCode() {
    return exitCode;
  }

  /** One line per problem, sorted as found. */
  public List<String> problems() {
    return problems;
  }
}
