package dev.eventcontracts.contracts;

import com.google.protobuf.Any;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Google's well-known {@code google/protobuf/*.proto} files, which the protoc executable from Maven
 * Central does not bundle: copied from protobuf-java's jar, the runtime the generated code uses, so
 * imports of them resolve and the descriptor set holds them.
 */
final class WellKnownProtos {

  static final String PREFIX = "google/protobuf/";

  private static final List<String> FILES =
      List.of(
          "any.proto",
          "api.proto",
          "descriptor.proto",
          "duration.proto",
          "empty.proto",
          "field_mask.proto",
          "java_features.proto",
          "source_context.proto",
          "struct.proto",
          "timestamp.proto",
          "type.proto",
          "wrappers.proto");

  private WellKnownProtos() {}

  /** Writes them under {@code dir} (as {@code dir/google/protobuf/...}); returns {@code dir}. */
  static Path copyTo(Path dir) {
    try {
      Path folder = Files.createDirectories(dir.resolve(PREFIX));
      for (String name : FILES) {
        try (InputStream in = Any.class.getClassLoader().getResourceAsStream(PREFIX + name)) {
          if (in != null) {
            Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
