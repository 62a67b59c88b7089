package dev.eventcontracts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog version} as a release pipeline runs it: the version on stdout, why on stderr. */
class VersionCommandTest {

  @TempDir Path dir;

  private static final String PROTO = "schemas/acme/chat/v1/ping.proto";

  private FixtureCatalog released(String tag) throws Exception {
    FixtureCatalog catalog = FixtureCatalog.clean(dir.resolve("events"));
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Catalog Test", "test@acme.example");
      git.commit().setMessage("Catalog").setAuthor(who).setCommitter(who).setSign(false).call();
      git.tag().setName(tag).call();
    }
    return catalog;
  }

  @Test
  void aDeletedFieldMakesTheNextVersionAMajor() throws Exception {
    FixtureCatalog catalog = released("v1.4.0");
    catalog.file(PROTO, "syntax = \"proto3\";\npackage acme.chat.v1;\nmessage Ping {}\n");

    CliRun run = CliRun.catalog("version", catalog.dir(), "--against", "v1.4.0");

    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertEquals("2.0.0\n", run.out());
    assertEquals(
        "1.4.0 → 2.0.0 (major):\n  breaks: "
            + PROTO
            + ":3:1: FIELD_NO_DELETE Previously present field \"1\" with name \"sender_id\" on"
            + " message \"Ping\" was deleted without reserving the number \"1\".\n",
        run.err());
  }

  @Test
  void aRevisionWithoutAVersionNeedsCurrent() throws Exception {
    FixtureCatalog catalog = released("v1.4.0");

    CliRun without = CliRun.catalog("version", catalog.dir(), "--against", "main");
    CliRun with =
        CliRun.catalog("version", catalog.dir(), "--against", "main", "--current", "1.4.0");

    assertEquals(ExitCode.INPUT, without.exitCode());
    assertEquals(
        "catalog: --against main names no version; give the version it holds with --current"
            + " X.Y.Z\n",
        without.err());
    assertEquals("1.4.1\n", with.out());
    assertEquals("1.4.0 → 1.4.1 (patch):\n  no contract changed\n", with.err());
  }
}
