package dev.eventcontracts.contracts;

import dev.eventcontracts.CatalogException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of protoc over every proto of a catalog: Java classes into {@code javaOut} and a {@code
 * FileDescriptorSet} of every file with its imports into {@code descriptorSet}. The well-known
 * types come first on the proto path, from protobuf-java; the catalog's own copies of them, if it
 * keeps any, are not compiled. Its arguments go in an argument file, so 10,000 files fit.
 *
 * @param executable the protoc binary
 * @param catalogDir the catalog root, protoc's working directory: it prints paths relative to it
 * @param protoRoot the proto root relative to the catalog root ("" for the root itself)
 * @param files the proto paths (relative to the proto root) to compile
 * @param workDir where the argument file and the well-known protos go
 * @param javaOut where the Java sources go
 * @param descriptorSet the descriptor set file to write
 */
public record Protoc(
    Path executable,
    Path catalogDir,
    String protoRoot,
    List<String> files,
    Path workDir,
    Path javaOut,
    Path descriptorSet) {

  public Protoc {
    files = files.stream().filter(f -> !f.startsWith(WellKnownProtos.PREFIX)).toList();
  }

  /** How long protoc ran and what it warned about. */
  public record Outcome(Duration elapsed, List<String> warnings) {}

  /** Runs protoc; what it rejects is exit 2, one {@code path:line:col: message} per problem. */
  public Outcome run() {
    try {
      Files.createDirectories(workDir);
      Files.createDirectories(javaOut);
      Files.createDirectories(descriptorSet.toAbsolutePath().getParent());
      Path include = WellKnownProtos.copyTo(workDir.resolve("include"));
      List<String> args = new ArrayList<>();
      args.add("--proto_path=" + include.toAbsolutePath());
      args.add("--proto_path=" + (protoRoot.isEmpty() ? "." : protoRoot));
      args.add("--java_out=" + javaOut.toAbsolutePath());
      args.add("--descriptor_set_out=" + descriptorSet.toAbsolutePath());
      args.add("--include_imports");
      args.addAll(files);
      Path argFile = workDir.resolve("protoc.args");
      Files.write(argFile, args, StandardCharsets.UTF_8);
      Path stderr = workDir.resolve("protoc.err");
      long start = System.nanoTime();
      Process process =
          new ProcessBuilder(executable.toAbsolutePath().toString(), "@" + argFile.toAbsolutePath())
              .directory(catalogDir.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(stderr.toFile())
              .start();
      int exit = process.waitFor();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      ProtocErrors printed =
          ProtocErrors.parse(Files.readString(stderr, StandardCharsets.UTF_8), this::catalogPath);
      if (exit != 0) {
        List<String> problems = new ArrayList<>(printed.errors());
        if (problems.isEmpty()) {
          problems.add(executable + ": protoc exited " + exit + " without saying why");
        }
        throw new CatalogException(CatalogException.INPUT, problems);
      }
      return new Outcome(elapsed, printed.warnings());
    } catch (IOException e) {
      throw CatalogException.input(executable + ": cannot run protoc (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while protoc ran", e);
    }
  }

  /** A path protoc printed, relative to the catalog root where it names a file of the catalog. */
  private String catalogPath(String printed) {
    if (!protoRoot.isEmpty()
        && !printed.startsWith(protoRoot + "/")
        && Files.isRegularFile(catalogDir.resolve(protoRoot).resolve(printed))) {
      return protoRoot + "/" + printed;
    }
    return printed;
  }
}
