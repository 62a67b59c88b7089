package dev.eventcontracts.source;

import java.io.IOException;

/** A path that would leave the catalog root: {@code ..}, absolute, or a link pointing outside. */
public class PathEscapeException extends IOException {

  private static final long serialVersionUID = 1L;

  public PathEscapeException(String path) {
    super("path \"" + path + "\" points outside the catalog");
  }
}
