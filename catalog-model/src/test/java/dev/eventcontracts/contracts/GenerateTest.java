package dev.eventcontracts.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import dev.eventcontracts.CatalogException;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.GenerateRequest;
import dev.eventcontracts.engine.GenerateResult;
import dev.eventcontracts.engine.LintRequest;
import dev.eventcontracts.testing.TestCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} with the real protoc, as catalog:generate runs it. */
class GenerateTest {

  /** Copied by the build from Maven Central, as the Maven goal resolves it. */
  static final Path PROTOC = Path.of("target", "protoc", "protoc.exe").toAbsolutePath();

  @TempDir Path dir;

  private GenerateResult generate(Path catalog) {
    PROTOC.toFile().setExecutable(true);
    return new CatalogEngine()
        .generate(
            new GenerateRequest(
                catalog,
                PROTOC,
                dir.resolve("out/java"),
                dir.resolve("out/resources"),
                dir.resolve("out/work"),
                null));
  }

  private static dev.eventcontracts.model.Catalog loaded(Path root) {
    return dev.eventcontracts.load.CatalogLoader.load(CatalogEngine.openDirectory(root)).catalog();
  }

  private String read(String path) throws IOException {
    return Files.readString(dir.resolve(path));
  }

  @Test
  void theCatalogGetsItsMessageClassesConstantsDescriptorSetAndCatalogJson() throws IOException {
    TestCatalog catalog = TestCatalog.in(dir.resolve("catalog"));

    GenerateResult result = generate(catalog.root());

    assertEquals(1, result.protoFiles());
    assertEquals(
        List.of(
            "acme/messaging/v1/CatalogHeaders.java", "acme/messaging/v1/MessageSentContract.java"),
        result.constants());
    assertTrue(
        Files.isRegularFile(dir.resolve("out/java/acme/messaging/v1/MessageSentOuterClass.java")));
    FileDescriptorSet set = FileDescriptorSet.parseFrom(Files.readAllBytes(result.descriptorSet()));
    assertEquals(
        List.of("google/protobuf/timestamp.proto", "acme/messaging/v1/message_sent.proto"),
        set.getFileList().stream().map(FileDescriptorProto::getName).toList());
    assertEquals(
        dir.resolve("out/resources/META-INF/catalog/descriptor-set.binpb"), result.descriptorSet());
    assertTrue(
        read("out/resources/META-INF/catalog/catalog.json")
            .contains("\"catalog\": \"test-events\""));
    assertEquals(
        ContractConstants.generate(loaded(catalog.root()), null).get(1).text(),
        read("out/java/acme/messaging/v1/MessageSentContract.java"));
  }

  @Test
  void javaOptionsOfTheProtoPlaceTheConstantsBesideTheMessageClass() throws IOException {
    TestCatalog catalog =
        TestCatalog.in(dir.resolve("catalog"))
            .write(
                TestCatalog.PROTO_FILE,
                TestCatalog.PROTO.replace(
                    "package acme.messaging.v1;\n",
                    "package acme.messaging.v1;\n\n"
                        + "option java_package = \"com.acme.messaging.v1\";\n"
                        + "option java_outer_classname = \"MessagingProto\";\n"
                        + "option java_multiple_files = true;\n"));

    GenerateResult result = generate(catalog.root());

    assertEquals(
        List.of(
            "com/acme/messaging/v1/CatalogHeaders.java",
            "com/acme/messaging/v1/MessageSentContract.java"),
        result.constants());
    assertTrue(
        Files.isRegularFile(dir.resolve("out/java/com/acme/messaging/v1/MessagingProto.java")));
    assertTrue(
        read("out/java/com/acme/messaging/v1/MessageSentContract.java")
            .contains("whose payload is {@link MessageSent}"));
    assertTrue(Files.isRegularFile(dir.resolve("out/java/com/acme/messaging/v1/MessageSent.java")));
  }

  @Test
  void aProtoThatProtocRejectsIsOneLineNamingFileLineAndColumn() {
    TestCatalog catalog =
        TestCatalog.in(dir.resolve("catalog"))
            .write(
                TestCatalog.PROTO_FILE,
                TestCatalog.PROTO.replace(
                    "  string body = 4;\n", "  string body = 4;\n  extensions 100 to 200;\n"));
    CatalogEngine engine = new CatalogEngine();
    engine.lint(new LintRequest(catalog.root())); // Wire loads it

    CatalogException e = assertThrows(CatalogException.class, () -> generate(catalog.root()));

    assertEquals(2, e.exitCode());
    assertEquals(
        List.of(
            "schemas/acme/messaging/v1/message_sent.proto:17:14: Extension ranges are not allowed"
                + " in proto3."),
        e.problems());
  }
}
