package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-input corpus: a catalog that lints clean, broken in one way per case, run through
 * {@code catalog lint}. Each case exits 2 with one line naming the file (and line where there is
 * one), within a time bound: nothing hangs on a pipe or a device, nothing overflows the stack, and
 * no file is read past the size a catalog file may have.
 */
class MalformedInputTest {

  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final String EVENT = "domains/chat/events/ping.yaml";
  private static final String PROTO = "schemas/acme/chat/v1/ping.proto";

  /** A way to break the catalog in {@code dir}. */
  interface Breakage {
    void apply(Path dir) throws Exception;
  }

  record Case(String name, Breakage breakage, String... expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> corpus() {
    return Stream.of(
        new Case(
            "a proto nesting 5,000 messages",
            dir -> write(dir, "schemas/acme/chat/v1/deep.proto", nestedMessages(5000)),
            "schemas/acme/chat/v1/deep.proto:103:14: nested more than 100 levels deep"),
        new Case(
            "an option value nesting 100,000 braces",
            dir ->
                write(
                    dir,
                    "schemas/acme/chat/v1/deep.proto",
                    "syntax = \"proto3\";\npackage acme.chat.v1;\nimport"
                        + " \"google/protobuf/descriptor.proto\";\nmessage Deep {\n  string a = 1"
                        + " [(x) = "
                        + "{a: ".repeat(100_000)
                        + "}".repeat(100_000)
                        + "];\n}\n"),
            "schemas/acme/chat/v1/deep.proto:5:415: nested more than 100 levels deep"),
        new Case(
            "an event file in a folder below events/",
            dir -> write(dir, "domains/chat/events/archive/old-ping.yaml", "name: OldPing\n"),
            "domains/chat/events/archive/old-ping.yaml: not read: event files belong directly in"
                + " domains/chat/events/"),
        new Case(
            "a directory named like an event file",
            dir -> Files.createDirectories(dir.resolve("domains/chat/events/pong.yaml")),
            "domains/chat/events/pong.yaml: a directory, not a file"),
        new Case(
            "an event file ending in .yml",
            dir -> write(dir, "domains/chat/events/pong.yml", "name: Pong\n"),
            "domains/chat/events/pong.yml: not read: catalog files end in .yaml; rename it to"
                + " pong.yaml"),
        new Case(
            "catalog.yaml is a directory",
            dir -> {
              Files.delete(dir.resolve("catalog.yaml"));
              Files.createDirectories(dir.resolve("catalog.yaml"));
            },
            "catalog.yaml: a directory, not a file"),
        new Case(
            "catalog.yaml is a named pipe",
            dir -> fifo(dir, "catalog.yaml"),
            "catalog.yaml: a named pipe, not a regular file"),
        new Case(
            "an event file is a named pipe",
            dir -> fifo(dir, EVENT),
            EVENT + ": a named pipe, not a regular file"),
        new Case(
            "a proto is a named pipe",
            dir -> fifo(dir, PROTO),
            PROTO + ": a named pipe, not a regular file"),
        new Case(
            "an event file is a link to /dev/zero",
            dir -> link(dir, EVENT, Path.of("/dev/zero")),
            EVENT + ": a device, not a regular file"),
        new Case(
            "a proto is a link to /dev/null",
            dir -> link(dir, PROTO, Path.of("/dev/null")),
            PROTO + ": a device, not a regular file"),
        new Case(
            "a link under protoRoot to a folder that holds it",
            dir -> link(dir, "schemas/acme/loop", Path.of("..")),
            "schemas/acme/loop: a symbolic link loop (it leads back to schemas, which holds it)"),
        new Case(
            "a proto that links to itself",
            dir -> link(dir, "schemas/acme/chat/v1/self.proto", Path.of("self.proto")),
            "schemas/acme/chat/v1/self.proto: a symbolic link loop"),
        new Case(
            "a proto that links to nothing",
            dir -> link(dir, "schemas/acme/chat/v1/gone.proto", Path.of("nowhere.proto")),
            "schemas/acme/chat/v1/gone.proto: a broken symbolic link (nothing at nowhere.proto)"),
        new Case(
            "an event file with a 50 MB line",
            dir -> writeLongLine(dir, EVENT, "summary: "),
            EVENT + ": file is 50.0 MB; catalog files of this kind are limited to 1.0 MB"),
        new Case(
            "a proto with a 50 MB line",
            dir -> writeLongLine(dir, PROTO, "// "),
            PROTO + ": file is 50.0 MB; catalog files of this kind are limited to 4.0 MB"),
        new Case(
            "NUL bytes in an event file",
            dir -> write(dir, EVENT, "name: Ping\nsummary: a\0b\n"),
            EVENT + ":2: binary file (holds NUL bytes)"),
        new Case(
            "NUL bytes in a proto",
            dir -> write(dir, PROTO, "syntax = \"proto3\";\n\0package acme.chat.v1;\n"),
            PROTO + ":2: binary file (holds NUL bytes)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void exitsTwoWithOneLineNamingTheFile(Case broken, @TempDir Path dir) throws Exception {
    FixtureCatalog.withEvent(dir, "http://127.0.0.1:1/unused");
    broken.breakage().apply(dir);

    CliRun run = assertTimeoutPreemptively(BOUND, () -> CliRun.catalog("lint", dir.toString()));

    assertEquals(ExitCode.INPUT, run.exitCode(), run.err());
    assertEquals(
        Stream.of(broken.expected()).map(line -> "catalog: " + line + "\n").toList(),
        run.err().lines().map(line -> line + "\n").toList());
  }

  @org.junit.jupiter.api.Test
  void anUnreadableEventFile(@TempDir Path dir) throws Exception {
    FixtureCatalog.withEvent(dir, "http://127.0.0.1:1/unused");
    Path event = dir.resolve(EVENT);
    Files.setPosixFilePermissions(event, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(event), "running as root, where chmod 000 does not stop a read");

    CliRun run = assertTimeoutPreemptively(BOUND, () -> CliRun.catalog("lint", dir.toString()));

    assertEquals(ExitCode.INPUT, run.exitCode(), run.err());
    assertEquals("catalog: " + EVENT + ": cannot read file (permission denied)\n", run.err());
  }

  /**
   * 100,000 files beside the catalog's own (generated docs, say, under the proto root): listed
   * once, none of them read, and the catalog lints clean.
   */
  @org.junit.jupiter.api.Test
  void aHundredThousandFilesUnderTheProtoRoot(@TempDir Path dir) throws Exception {
    FixtureCatalog.withEvent(dir, "http://127.0.0.1:1/unused");
    Path docs = Files.createDirectories(dir.resolve("schemas/acme/chat/v1/docs"));
    // touch makes them ten times faster than a loop of Files.write would
    Process touch =
        new ProcessBuilder(
                "sh",
                "-c",
                "for d in $(seq 0 99); do mkdir $d && (cd $d && touch $(seq -f %g.html 0 999));"
                    + " done")
            .directory(docs.toFile())
            .inheritIO()
            .start();
    assumeTrue(touch.waitFor() == 0, "sh, seq and touch make the files");
    long start = System.nanoTime();
    CliRun run = assertTimeoutPreemptively(BOUND, () -> CliRun.catalog("lint", dir.toString()));
    System.out.printf(
        "lint over 100,000 files beside the catalog: %d ms%n",
        (System.nanoTime() - start) / 1_000_000);

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("0 errors, 0 warnings\n", run.err());
  }

  /** {@code syntax}, {@code package}, then messages M0 … M(depth-1), each inside the one before. */
  static String nestedMessages(int depth) {
    StringBuilder text = new StringBuilder("syntax = \"proto3\";\npackage acme.chat.v1;\n");
    for (int i = 0; i < depth; i++) {
      text.append("message M").append(i).append(" {\n");
    }
    text.append("}\n".repeat(depth));
    return text.toString();
  }

  private static void write(Path dir, String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** {@code start}, then 50 MB of {@code x}, then a line feed. */
  private static void writeLongLine(Path dir, String path, String start) throws IOException {
    byte[] megabyte = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (var out = Files.newOutputStream(dir.resolve(path))) {
      out.write(start.getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 50; i++) {
        out.write(megabyte);
      }
      out.write('\n');
    }
  }

  private static void fifo(Path dir, String path) throws Exception {
    Path file = dir.resolve(path);
    Files.deleteIfExists(file);
    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo makes named pipes here");
  }

  private static void link(Path dir, String path, Path target) throws IOException {
    Path file = dir.resolve(path);
    Files.deleteIfExists(file);
    Files.createDirectories(file.getParent());
    Files.createSymbolicLink(file, target);
  }
}
