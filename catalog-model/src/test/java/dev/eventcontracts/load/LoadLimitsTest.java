package dev.eventcontracts.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.BreakingRequest;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DiffRequest;
import dev.eventcontracts.engine.LintResult;
import dev.eventcontracts.source.DirectorySource;
import dev.eventcontracts.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogs at the edges of what the loader accepts, and files that change while they are read: each
 * either loads or fails with exit 2 naming the file, within a time bound.
 */
class LoadLimitsTest {

  private static final Duration BOUND = Duration.ofSeconds(60);

  /** Messages in the chain: 10,000 load and lint too (4.7 s alone), kept short for the build. */
  private static final int CHAIN = 2_000;

  @TempDir Path dir;

  @Test
  void messagesNestedAHundredDeepLoadAndEveryCommandRunsOverThem() throws IOException {
    TestCatalog catalog = TestCatalog.in(dir).write("schemas/acme/deep/v1/deep.proto", nested(99));
    Path copy = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-then"));
    TestCatalog.in(copy).write("schemas/acme/deep/v1/deep.proto", nested(99).replace("M98", "N98"));

    LintResult lint = assertTimeoutPreemptively(BOUND, catalog::lint);
    CatalogEngine engine = new CatalogEngine();
    assertTimeoutPreemptively(
        BOUND,
        () -> engine.breaking(new BreakingRequest(dir, copy.toString(), LocalDate.of(2026, 6, 1))));
    assertTimeoutPreemptively(BOUND, () -> engine.diff(new DiffRequest(dir, copy.toString())));

    assertTrue(
        lint.catalog().protos().message("acme.deep.v1.M0") != null,
        lint.catalog().protos().files().toString());
  }

  @Test
  void twoThousandMessagesEachHoldingTheNextLoadAndLint() {
    StringBuilder chain =
        new StringBuilder("syntax = \"proto3\";\npackage acme.chain.v1;\n// The first.\n");
    for (int i = 0; i < CHAIN; i++) {
      chain.append("message C").append(i).append(" { C").append(i + 1).append(" next = 1; }\n");
    }
    chain.append("message C").append(CHAIN).append(" { string end = 1; }\n");
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write("schemas/acme/chain/v1/chain.proto", chain.toString())
            .replace(TestCatalog.EVENT_FILE, "acme.messaging.v1.MessageSent", "acme.chain.v1.C0")
            .replace(TestCatalog.EVENT_FILE, "key: conversation_id", "key: next.next.end");

    LintResult lint = assertTimeoutPreemptively(BOUND, catalog::lint);

    assertTrue(
        lint.catalog().protos().message("acme.chain.v1.C" + CHAIN) != null,
        lint.catalog().protos().files().toString());
  }

  @Test
  void aFileRemovedAfterTheListingIsNamed() throws IOException {
    TestCatalog.in(dir);
    DirectorySource source = new DirectorySource(dir);
    source.files();
    Files.delete(dir.resolve("services/archiver.yaml"));

    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(source));

    assertEquals(
        List.of("services/archiver.yaml: file not found (it was removed while being read)"),
        e.problems());
  }

  @Test
  void aFileReplacedByAFolderAfterTheListingIsNamed() throws IOException {
    TestCatalog.in(dir);
    DirectorySource source = new DirectorySource(dir);
    source.files();
    Files.delete(dir.resolve(TestCatalog.PROTO_FILE));
    Files.createDirectory(dir.resolve(TestCatalog.PROTO_FILE));

    CatalogException e = assertThrows(CatalogException.class, () -> CatalogLoader.load(source));

    assertEquals(
        List.of(TestCatalog.PROTO_FILE + ": cannot read file (a directory, not a file)"),
        e.problems());
  }

  /**
   * One thread rewrites an event file over and over (whole, cut short, emptied) while the catalog
   * is loaded again and again: each load sees some version of the file, or fails naming it.
   */
  @Test
  void aFileRewrittenWhileTheCatalogLoadsIsReadWholeOrNamed() throws Exception {
    TestCatalog.in(dir);
    Path event = dir.resolve(TestCatalog.EVENT_FILE);
    String whole = Files.readString(event);
    AtomicBoolean done = new AtomicBoolean();
    Thread writer =
        new Thread(
            () -> {
              for (int i = 0; !done.get() && i < 100_000; i++) {
                try {
                  Files.writeString(
                      event,
                      switch (i % 3) {
                        case 0 -> whole;
                        case 1 -> whole.substring(0, whole.length() / 2);
                        default -> "";
                      });
                } catch (IOException e) {
                  return;
                }
              }
            });
    writer.start();
    try {
      assertTimeoutPreemptively(
          BOUND,
          () -> {
            for (int i = 0; i < 10; i++) {
              try {
                CatalogLoader.load(new DirectorySource(dir));
              } catch (CatalogException e) {
                assertEquals(CatalogException.INPUT, e.exitCode());
                for (String problem : e.problems()) {
                  assertTrue(problem.startsWith(TestCatalog.EVENT_FILE + ":"), problem);
                }
              }
            }
          });
    } finally {
      done.set(true);
      writer.join();
    }
  }

  private static String nested(int depth) {
    StringBuilder text = new StringBuilder("syntax = \"proto3\";\npackage acme.deep.v1;\n");
    for (int i = 0; i < depth; i++) {
      text.append("// Level ").append(i).append(".\nmessage M").append(i).append(" {\n");
      text.append("  string f").append(i).append(" = 1;\n");
    }
    text.append("}\n".repeat(depth));
    return text.toString();
  }
}
