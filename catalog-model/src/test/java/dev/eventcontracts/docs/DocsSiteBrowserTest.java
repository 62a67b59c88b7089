package dev.eventcontracts.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DocsRequest;
import dev.eventcontracts.engine.DocsResult;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The docs site of the example catalog in a real browser: headless Chromium from Debian, driven by
 * Selenium over file:// URLs, with every host name resolving nowhere. Every page loads without a
 * console error and makes no request but for local files; the search finds an event by a field name
 * and its link opens the event; every graph has a node for every producer and consumer. Screenshots
 * land in target/docs-screenshots.
 */
class DocsSiteBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SITE = Path.of("target", "docs-site-browser");
  private static final Path SHOTS = Path.of("target", "docs-screenshots");

  private static ChromeDriver browser;
  private static Path userData;
  private static JsonNode catalog;
  private static List<String> pages;

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(
          "This test drives headless Chromium: "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " are needed. Install them with: apt-get install -y chromium chromium-driver");
    }
    DocsResult result =
        new CatalogEngine()
            .docs(
                new DocsRequest(Path.of("../example-catalog"), SITE.toAbsolutePath(), null, null));
    pages = result.files().stream().map(DocsFile::path).filter(p -> p.endsWith(".html")).toList();
    catalog = new ObjectMapper().readTree(SITE.resolve("catalog.json").toFile());
    Files.createDirectories(SHOTS);
    userData = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1100",
        // Any request for a host would fail here, and the performance log would show it.
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--user-data-dir=" + userData);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    // What Chromium loads for its own start page is not the site's: read it off before the test.
    browser.get("about:blank");
    browser.manage().logs().get(LogType.BROWSER);
    browser.manage().logs().get(LogType.PERFORMANCE);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (userData != null) {
      try (var files = Files.walk(userData)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private static void open(String page) {
    browser.get(SITE.resolve(page).toAbsolutePath().toUri().toString());
  }

  @Test
  void everyPageLoadsWithoutConsoleErrorsAndRequestsOnlyLocalFiles() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> requested = new TreeSet<>();
    for (String page : pages) {
      open(page);
      for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
        if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
          problems.add(page + ": console " + entry.getLevel() + " " + entry.getMessage());
        }
      }
      for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
        JsonNode message = new ObjectMapper().readTree(entry.getMessage()).path("message");
        if (message.path("method").asText().equals("Network.requestWillBeSent")) {
          String url = message.path("params").path("request").path("url").asText();
          requested.add(url.replaceFirst("^(\\w+):.*", "$1"));
          if (!url.startsWith("file:") && !url.startsWith("data:")) {
            problems.add(page + ": requested " + url);
          }
        }
      }
      @SuppressWarnings("unchecked")
      List<String> remote =
          (List<String>)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return Array.from(document.querySelectorAll('[src],[href]'))"
                          + ".map(e => e.getAttribute('src') || e.getAttribute('href'))"
                          + ".filter(u => /^(https?:)?\\/\\//i.test(u));");
      remote.forEach(u -> problems.add(page + ": links off the machine to " + u));
      if (browser.getTitle().isBlank()) {
        problems.add(page + ": no title");
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(Set.of("file"), requested, "schemes of every request made");
    assertTrue(pages.size() > 100, "pages of the example catalog: " + pages.size());
  }

  @Test
  void everyInternalLinkResolvesToAFile() throws IOException {
    List<String> broken = new ArrayList<>();
    java.util.regex.Pattern ref = java.util.regex.Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    for (String page : pages) {
      Path file = SITE.resolve(page);
      var matcher = ref.matcher(Files.readString(file));
      while (matcher.find()) {
        String target = matcher.group(1).replace("&amp;", "&");
        if (target.startsWith("#")) {
          continue;
        }
        String path = target.replaceFirst("#.*", "");
        if (!Files.isRegularFile(file.getParent().resolve(path).normalize())) {
          broken.add(page + " → " + target);
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void searchFindsAnEventByFieldNameAndItsLinkOpensIt() throws IOException {
    // A field only one event carries, so the hit can only come from the field names.
    String field = null;
    String event = null;
    for (JsonNode f : catalog.path("fields")) {
      if (f.path("events").size() == 1) {
        field = f.path("name").asText();
        event = f.path("events").get(0).asText();
        break;
      }
    }
    assertTrue(field != null, "the example catalog has a field carried by one event");
    open("index.html");
    WebElement box = browser.findElement(By.cssSelector("input[type=search]"));
    box.sendKeys(field);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5));
    String expected = event;
    WebElement hit =
        wait.until(
            d ->
                d.findElements(By.cssSelector("#results li a")).stream()
                    .filter(a -> a.getText().equals(expected))
                    .findFirst()
                    .orElse(null));
    screenshot("search");
    hit.click();
    wait.until(d -> d.getCurrentUrl().endsWith(SitePaths.event(expected)));
    assertEquals(
        expected, browser.findElement(By.tagName("h1")).getText().replaceFirst(" v\\d+$", ""));
  }

  @Test
  void everyGraphHasANodeForEveryProducerAndConsumer() {
    List<String> missing = new ArrayList<>();
    Map<String, Set<String>> byDomain = new java.util.TreeMap<>();
    Set<String> all = new TreeSet<>();
    for (JsonNode event : catalog.path("events")) {
      Set<String> services = new TreeSet<>();
      event.path("producers").forEach(s -> services.add(s.asText()));
      event.path("consumers").forEach(s -> services.add(s.asText()));
      byDomain
          .computeIfAbsent(event.path("domain").asText(), d -> new TreeSet<>())
          .addAll(services);
      all.addAll(services);
      check(event.path("page").asText(), services, missing);
    }
    byDomain.forEach((domain, services) -> check(SitePaths.domain(domain), services, missing));
    check("graph.html", all, missing);
    assertEquals(List.of(), missing);
    open(SitePaths.event("MessageSent"));
    screenshot("event-message-sent");
    open("graph.html");
    screenshot("graph");
    open("index.html");
    screenshot("home");
  }

  private static void check(String page, Set<String> services, List<String> missing) {
    open(page);
    List<WebElement> nodes =
        browser.findElements(By.cssSelector("svg.graph a.node[data-kind=service]"));
    Set<String> drawn = new TreeSet<>();
    for (WebElement node : nodes) {
      WebElement rect = node.findElement(By.tagName("rect"));
      if (rect.getSize().getWidth() > 0 && rect.getSize().getHeight() > 0) {
        drawn.add(node.getAttribute("data-name"));
      }
    }
    for (String service : services) {
      if (!drawn.contains(service)) {
        missing.add(page + ": no node for " + service);
      }
    }
  }

  private static void screenshot(String name) {
    try {
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(SHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
