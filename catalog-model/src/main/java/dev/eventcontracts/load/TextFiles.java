package dev.eventcontracts.load;

import dev.eventcontracts.model.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a file's bytes into text, refusing what a catalog file cannot be. */
final class TextFiles {

  static final int MAX_YAML_BYTES = 1 << 20;
  static final int MAX_PROTO_BYTES = 4 << 20;
  static final int MAX_EXAMPLE_BYTES = 1 << 20;

  private TextFiles() {}

  /** Thrown with a message naming the file; the loader turns it into an input error. */
  static final class BadText extends Exception {
    private static final long serialVersionUID = 1L;
    final SourceLocation location;

    BadText(SourceLocation location, String message) {
      super(message);
      this.location = location;
    }
  }

  /** The text of a file's bytes, a leading byte order mark included. */
  static String decode(String path, byte[] bytes, int limit) throws BadText {
    if (bytes.length > limit) {
      throw tooLarge(path, bytes.length, limit);
    }
    if (bytes.length == 0) {
      throw new BadText(SourceLocation.of(path), "file is empty");
    }
    int line = 1;
    boolean ascii = true;
    for (byte b : bytes) {
      if (b == 0) {
        throw new BadText(new SourceLocation(path, line, 0), "binary file (holds NUL bytes)");
      }
      if (b == '\n') {
        line++;
      }
      ascii &= b > 0;
    }
    if (ascii) {
      // ASCII is valid UTF-8 as it is, and the string is made in one copy instead of two.
      return new String(bytes, StandardCharsets.US_ASCII);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadText(new SourceLocation(path, firstBadLine(bytes), 0), "not valid UTF-8");
    }
  }

  /** The input error for a file of {@code size} bytes where at most {@code limit} are allowed. */
  static BadText tooLarge(String path, long size, int limit) {
    return new BadText(
        SourceLocation.of(path),
        "file is "
            + megabytes(size)
            + "; catalog files of this kind are limited to "
            + megabytes(limit));
  }

  /**
   * Why a file cannot be read, without the absolute path an exception of {@code java.nio.file}
   * names.
   */
  static String reason(java.io.IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /** {@code text} without a leading byte order mark: what the YAML and proto parsers are given. */
  static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static int firstBadLine(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 1;
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }
}
