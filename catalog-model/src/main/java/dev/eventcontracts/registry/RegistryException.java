package dev.eventcontracts.registry;

import dev.eventcontracts.CatalogException;
import java.util.List;

/**
 * A registry call that failed: the message names the method, URL, HTTP status and the registry's
 * error code. Unreachable registries and server errors that outlast the retries exit 3; other
 * refusals (bad credentials, invalid schema) exit 2.
 */
public final class RegistryException extends CatalogException {

  private static final long serialVersionUID = 1L;

  /** No HTTP status: the request never got an answer. */
  public static final int NO_STATUS = 0;

  private final int status;
  private final int errorCode;
  private String reason = "";

  RegistryException(int exitCode, int status, int errorCode, String message, Throwable cause) {
    super(exitCode, message, cause);
    this.status = status;
    this.errorCode = errorCode;
  }

  RegistryException(int exitCode, int status, int errorCode, String message) {
    super(exitCode, List.of(message));
    this.status = status;
    this.errorCode = errorCode;
  }

  public int status() {
    return status;
  }

  /** The registry's own message, empty when it sent none. */
  public String reason() {
    return reason;
  }

  RegistryException withReason(String value) {
    reason = value == null ? "" : value;
    return this;
  }

  /** The registry's own error code ({@code 40401}, {@code 42201}...), or 0 when it sent none. */
  public int errorCode() {
    return errorCode;
  }
}
