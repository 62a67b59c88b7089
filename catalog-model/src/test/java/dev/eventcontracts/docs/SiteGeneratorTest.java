package dev.eventcontracts.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.builtin.BuiltInRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteGeneratorTest {

  private static final Catalog EXAMPLE =
      CatalogLoader.load(CatalogEngine.openDirectory(Path.of("../example-catalog"))).catalog();

  private static Map<String, byte[]> site() {
    return SiteGenerator.render(EXAMPLE, new DocsOptions(null, null, BuiltInRules.all()));
  }

  @Test
  void theSameCatalogGivesTheSameBytes() {
    Map<String, byte[]> first = site();
    Map<String, byte[]> second = site();
    assertEquals(first.keySet(), second.keySet());
    first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
  }

  @Test
  void everyEventDomainServiceTeamAndTopicHasAPageAtAPathFromItsName() {
    Map<String, byte[]> site = site();
    for (String path :
        new String[] {
          "index.html",
          "events/message-sent.html",
          "topics/messaging.message-sent.v1.html",
          "teams/messaging.html",
          "domains/messaging.html",
          "services/chat-service.html",
          "fields.html",
          "attributes.html",
          "rules.html",
          "graph.html",
          "catalog.json",
          "llms.txt",
          "search-index.js",
          "assets/site.css",
          "assets/search.js"
        }) {
      assertTrue(site.containsKey(path), path);
    }
  }

  @Test
  void anEditionsEventPageListsItsFieldsAndShowsTheSourceAsWritten(
      @org.junit.jupiter.api.io.TempDir Path dir) {
    Catalog catalog =
        dev.eventcontracts.testing.TestCatalog.in(dir)
            .write(
                dev.eventcontracts.testing.TestCatalog.PROTO_FILE,
                dev.eventcontracts.testing.EditionsProtos.EDITION_2023)
            .lint()
            .catalog();
    String page =
        new String(
            SiteGenerator.render(catalog, new DocsOptions(null, null, BuiltInRules.all()))
                .get("events/message-sent.html"),
            StandardCharsets.UTF_8);
    assertTrue(page.contains("<code>tenant_id</code></td><td>"), page);
    assertTrue(
        page.contains("<code>conversation_id</code></td><td><code>string</code></td><td>optional"),
        page);
    assertTrue(page.contains("edition = &quot;2023&quot;;"), page);
    assertTrue(page.contains("[features.field_presence = EXPLICIT]"), page);
  }

  @Test
  void catalogTextIsEscaped() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;",
        Html.esc("<script>alert(\"x\")</script> & '"));
    String page = new String(site().get("events/message-sent.html"), StandardCharsets.UTF_8);
    assertTrue(!page.contains("<script"), "an event page runs no script");
  }

  @Test
  void againstAReferenceTheSiteHasAChangesPage(@org.junit.jupiter.api.io.TempDir Path out)
      throws java.io.IOException {
    var result =
        new CatalogEngine()
            .docs(
                new dev.eventcontracts.engine.DocsRequest(
                    Path.of("../example-catalog"), out, "../example-catalog", null));
    assertTrue(result.files().stream().anyMatch(f -> f.path().equals("changes.html")));
    String changes = java.nio.file.Files.readString(out.resolve("changes.html"));
    assertTrue(changes.contains("No contract changed."), changes);
    assertTrue(
        java.nio.file.Files.readString(out.resolve("index.html")).contains("Recently changed"));
  }

  @Test
  void rebuildingInPlaceRewritesOnlyTheFilesThatChanged(@org.junit.jupiter.api.io.TempDir Path out)
      throws java.io.IOException {
    DocsOptions options = new DocsOptions(null, null, BuiltInRules.all());
    SiteGenerator.write(EXAMPLE, options, out);
    Path unchanged = out.resolve("events/message-sent.html");
    Path edited = out.resolve("index.html");
    java.nio.file.attribute.FileTime long_ago =
        java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
    java.nio.file.Files.setLastModifiedTime(unchanged, long_ago);
    java.nio.file.Files.writeString(edited, "edited by hand");
    java.nio.file.Files.setLastModifiedTime(edited, long_ago);

    var files = SiteGenerator.write(EXAMPLE, options, out);

    Map<String, byte[]> rendered = site();
    assertEquals(rendered.keySet().size(), files.size());
    assertEquals(long_ago, java.nio.file.Files.getLastModifiedTime(unchanged));
    assertArrayEquals(rendered.get("index.html"), java.nio.file.Files.readAllBytes(edited));
    assertTrue(java.nio.file.Files.getLastModifiedTime(edited).compareTo(long_ago) > 0);
  }

  @Test
  void slugsKeepNamesAndReplaceWhatAFileSystemWouldMangle() {
    assertEquals("messaging.message-sent.v1", SitePaths.slug("messaging.message-sent.v1"));
    assertEquals("a-b-c", SitePaths.slug("a/b c"));
    assertEquals("-hidden", SitePaths.slug(".hidden"));
  }
}
