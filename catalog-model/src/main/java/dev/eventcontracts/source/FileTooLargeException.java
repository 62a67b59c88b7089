package dev.eventcontracts.source;

import java.io.IOException;

/** A file larger than the reader asked for; only so much of it was read. */
public class FileTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long size;

  public FileTooLargeException(String path, long size) {
    super(path + " is " + size + " bytes");
    this.size = size;
  }

  /** The size of the whole file in bytes. */
  public long size() {
    return size;
  }
}
