package dev.eventcontracts.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code generate} wrote.
 *
 * @param protoFiles how many .proto files protoc compiled
 * @param constants the constants classes, as paths under the Java output directory
 * @param descriptorSet the {@code FileDescriptorSet} file
 * @param catalogJson the {@code catalog.json} file
 * @param protocTime how long protoc ran
 * @param warnings what protoc warned about, {@code path:line:col: message}
 */
public record GenerateResult(
    int protoFiles,
    List<String> constants,
    Path descriptorSet,
    Path catalogJson,
    Duration protocTime,
    List<String> warnings) {

  public GenerateResult {
    constants = List.copyOf(constants);
    warnings = List.copyOf(warnings);
  }
}
