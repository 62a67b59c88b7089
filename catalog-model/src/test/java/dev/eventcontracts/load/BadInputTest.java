package dev.eventcontracts.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when a catalog cannot be read: one line per problem, file and line, exit 2. */
class BadInputTest {

  @TempDir Path dir;
  @TempDir Path outside;

  private List<String> problems(TestCatalog catalog) {
    CatalogException e = assertThrows(CatalogException.class, catalog::lint);
    assertEquals(CatalogException.INPUT, e.exitCode());
    return e.problems();
  }

  @Test
  void missingCatalogYamlSaysWhatIsMissing() {
    TestCatalog catalog = TestCatalog.in(dir).delete("catalog.yaml");
    List<String> problems = problems(catalog);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).endsWith("no catalog.yaml here; is this an event catalog?"));
  }

  @Test
  void missingDirectory() {
    CatalogException e =
        assertThrows(
            CatalogException.class,
            () ->
                new dev.eventcontracts.engine.CatalogEngine()
                    .lint(new dev.eventcontracts.engine.LintRequest(dir.resolve("nope"))));
    assertEquals(2, e.exitCode());
    assertTrue(e.getMessage().endsWith("nope: no such catalog directory"));
  }

  @Test
  void malformedYamlNamesFileAndLine() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(TestCatalog.EVENT_FILE, "name: MessageSent\ntopics: [a, b\nowner: x\n");
    List<String> problems = problems(catalog);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith(TestCatalog.EVENT_FILE + ":3:"), problems.get(0));
    assertTrue(problems.get(0).contains("malformed YAML"), problems.get(0));
  }

  @Test
  void everyMalformedFileIsReportedAtOnce() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(TestCatalog.EVENT_FILE, "name: [\n")
            .write("services/archiver.yaml", "name: : :\n");
    assertEquals(2, problems(catalog).size());
  }

  @Test
  void emptyFile() {
    TestCatalog catalog = TestCatalog.in(dir).write(TestCatalog.EVENT_FILE, "");
    assertEquals(List.of(TestCatalog.EVENT_FILE + ": file is empty"), problems(catalog));
  }

  @Test
  void binaryFile() throws IOException {
    TestCatalog catalog = TestCatalog.in(dir);
    Files.write(dir.resolve(TestCatalog.EVENT_FILE), new byte[] {'a', ':', ' ', 0, 1, 2});
    assertEquals(
        List.of(TestCatalog.EVENT_FILE + ":1: binary file (holds NUL bytes)"), problems(catalog));
  }

  @Test
  void notUtf8() throws IOException {
    TestCatalog catalog = TestCatalog.in(dir);
    Files.write(
        dir.resolve(TestCatalog.EVENT_FILE),
        "name: MessageSent\nsummary: caf\u00e9\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals(List.of(TestCatalog.EVENT_FILE + ":2: not valid UTF-8"), problems(catalog));
  }

  @Test
  void aliasBombIsRefusedWithoutExpanding() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
      }
      bomb.append("]\n");
    }
    TestCatalog catalog = TestCatalog.in(dir).write(TestCatalog.EVENT_FILE, bomb.toString());
    List<String> problems = problems(catalog);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).contains("aliases"), problems.get(0));
  }

  @Test
  void absurdNestingIsRefused() {
    String deep = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    TestCatalog catalog = TestCatalog.in(dir).write(TestCatalog.EVENT_FILE, deep);
    List<String> problems = problems(catalog);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith(TestCatalog.EVENT_FILE), problems.get(0));
  }

  @Test
  void hugeFileIsRefusedBeforeParsing() {
    String huge = "summary: \"" + "x".repeat(3 << 20) + "\"\n";
    TestCatalog catalog = TestCatalog.in(dir).write(TestCatalog.EVENT_FILE, huge);
    assertEquals(
        List.of(
            TestCatalog.EVENT_FILE
                + ": file is 3.0 MB; catalog files of this kind are limited to 1.0 MB"),
        problems(catalog));
  }

  @Test
  void protoSyntaxErrorNamesFileAndLine() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.PROTO_FILE, "string body = 4;", "string body = ;");
    List<String> problems = problems(catalog);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith(TestCatalog.PROTO_FILE + ":16:"), problems.get(0));
    assertTrue(problems.get(0).contains("proto syntax error"), problems.get(0));
  }

  @Test
  void unresolvedImport() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .replace(
                TestCatalog.PROTO_FILE,
                "import \"google/protobuf/timestamp.proto\";",
                "import \"google/protobuf/timestamp.proto\";\nimport \"acme/missing/v1/gone.proto\";");
    assertEquals(
        List.of(
            TestCatalog.PROTO_FILE
                + ":6:1: import \"acme/missing/v1/gone.proto\" not found under schemas/"),
        problems(catalog));
  }

  @Test
  void unknownTypeIsAtTheField() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.PROTO_FILE, "string body = 4;", "Body body = 4;");
    List<String> problems = problems(catalog);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith(TestCatalog.PROTO_FILE + ":16:3: "), problems.get(0));
    assertTrue(problems.get(0).contains("unable to resolve Body"), problems.get(0));
  }

  @Test
  void duplicateFieldNumber() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace(TestCatalog.PROTO_FILE, "string body = 4;", "string body = 3;");
    List<String> problems = problems(catalog);
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith(TestCatalog.PROTO_FILE + ":"), problems.get(0));
    assertTrue(problems.get(0).contains("tag 3"), problems.get(0));
  }

  @Test
  void fileImportCycle() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                "schemas/acme/a/v1/a.proto",
                "syntax = \"proto3\";\npackage acme.a.v1;\nimport \"acme/b/v1/b.proto\";\n")
            .write(
                "schemas/acme/b/v1/b.proto",
                "syntax = \"proto3\";\npackage acme.b.v1;\nimport \"acme/a/v1/a.proto\";\n");
    assertEquals(
        List.of(
            "schemas/acme/a/v1/a.proto:3:1: import cycle: acme/a/v1/a.proto -> acme/b/v1/b.proto"
                + " -> acme/a/v1/a.proto; protoc refuses files that import themselves"),
        problems(catalog));
  }

  @Test
  void packageImportCyclesLoad() {
    TestCatalog catalog =
        TestCatalog.in(dir)
            .write(
                "schemas/acme/a/v1/a.proto",
                "syntax = \"proto3\";\npackage acme.a.v1;\nimport \"acme/b/v1/b.proto\";\n"
                    + "message A { acme.b.v1.B b = 1; }\n")
            .write(
                "schemas/acme/b/v1/b.proto",
                "syntax = \"proto3\";\npackage acme.b.v1;\nmessage B { string x = 1; }\n")
            .write(
                "schemas/acme/b/v1/c.proto",
                "syntax = \"proto3\";\npackage acme.b.v1;\nimport \"acme/a/v1/a.proto\";\n"
                    + "message C { acme.a.v1.A a = 1; }\n");
    assertEquals(3, catalog.lint().catalog().protos().files().size() - 1);
  }

  @Test
  void symlinkPointingOutsideIsNotFollowed() throws IOException {
    Files.writeString(outside.resolve("secret.json"), "{\"body\": \"x\"}");
    TestCatalog catalog = TestCatalog.in(dir).delete(TestCatalog.EXAMPLE_FILE);
    Files.createSymbolicLink(dir.resolve(TestCatalog.EXAMPLE_FILE), outside.resolve("secret.json"));
    List<String> findings = catalog.findings("EXAMPLE_VALID");
    assertEquals(1, findings.size());
    assertTrue(
        findings.get(0).contains("cannot be read") || findings.get(0).contains("outside"),
        findings.get(0));
  }

  @Test
  void protoRootEscapingTheCatalog() {
    TestCatalog catalog =
        TestCatalog.in(dir).replace("catalog.yaml", "protoRoot: schemas", "protoRoot: ../schemas");
    List<String> problems = problems(catalog);
    assertEquals(
        List.of("catalog.yaml:2:12: protoRoot \"../schemas\" points outside the catalog"),
        problems);
  }
}
