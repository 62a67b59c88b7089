package dev.eventcontracts.docs;

import static dev.eventcontracts.docs.Html.badge;
import static dev.eventcontracts.docs.Html.esc;
import static dev.eventcontracts.docs.Html.link;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.Parallel;
import dev.eventcontracts.diff.ChangeKind;
import dev.eventcontracts.diff.EventDiff;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Domain;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Service;
import dev.eventcontracts.model.StandardAttribute;
import dev.eventcontracts.model.Team;
import dev.eventcontracts.model.Topic;
import dev.eventcontracts.registry.PlannedSubject;
import dev.eventcontracts.registry.SubjectPlan;
import dev.eventcontracts.rule.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Renders the whole site of a catalog into memory: every page by its path from the site root. Pages
 * are independent of each other, so they are rendered in parallel; the result is sorted by path and
 * holds no date or host, so the same catalog gives the same bytes.
 */
public final class SiteGenerator {

  /** The folders of the site; every file is in one of them or at the root. */
  private static final List<String> FOLDERS =
      List.of("assets", "events", "domains", "services", "teams", "topics", "fields");

  /** Above this many topics, the whole-catalog graph is drawn at domain level. */
  static final int CATALOG_GRAPH_TOPICS = 80;

  /** Events listed per field on the fields page; the field's own page lists all of them. */
  static final int FIELD_EVENTS_SHOWN = 8;

  private final CatalogIndex index;
  private final DocsOptions options;
  private final PageShell shell;
  private final List<PlannedSubject> subjects;

  private SiteGenerator(Catalog catalog, DocsOptions options) {
    this.index = new CatalogIndex(catalog);
    this.options = options;
    this.shell =
        new PageShell(catalog.settings().name(), options.baseUrl(), options.diff() != null);
    this.subjects = plan(catalog);
  }

  /**
   * Lays out the catalog's big graphs (the whole catalog's and each domain's, most of the site's
   * drawing) on a background thread, from the catalog without its protos: the loader hands it over
   * while the protos link, which leaves a core idle part of the time. The pages take each layout
   * from there when it is ready, wait for one being made, and make any other themselves; what they
   * draw is the same either way. A failure here is dropped: the pages make their own layouts and
   * report it.
   */
  public static void layOutGraphsInBackground(Catalog withoutProtos) {
    Parallel.start(
        "docs-layouts",
        () -> {
          CatalogIndex index = new CatalogIndex(withoutProtos);
          catalogGraph(index, new int[1]).layOut();
          for (String id : domainIds(index)) {
            graphOf(index.inDomain(id)).layOut();
          }
          return null;
        });
  }

  /** Every file of the site, path → bytes, sorted by path. */
  public static Map<String, byte[]> render(Catalog catalog, DocsOptions options) {
    Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>();
    new SiteGenerator(catalog, options).render(files::put);
    return files;
  }

  /**
   * Writes the site under {@code out} and returns each file's path and size, sorted by path. Each
   * file is written as soon as it is rendered, so writing overlaps rendering. A file that already
   * holds the same bytes is left alone: rebuilding a site in place writes only what changed, and
   * the others keep their modification times (which sync tools and caches go by).
   */
  public static List<DocsFile> write(Catalog catalog, DocsOptions options, Path out) {
    Map<String, Long> sizes = new java.util.concurrent.ConcurrentSkipListMap<>();
    Map<String, Long> existing;
    try {
      existing = existingSizes(out);
      // Every folder up front: pages are written from several threads at once.
      for (String dir : FOLDERS) {
        Files.createDirectories(out.resolve(dir));
      }
    } catch (IOException | UncheckedIOException e) {
      throw CatalogException.input(out + ": cannot write the site (" + e.getMessage() + ")");
    }
    // One thread writes while the others render: the kernel creates the files of a folder one at
    // a time, and render threads creating them side by side spun on the folder's lock for longer
    // than the writing took.
    java.util.concurrent.ExecutorService writer =
        java.util.concurrent.Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, "docs-writer");
              thread.setDaemon(true);
              return thread;
            });
    List<java.util.concurrent.Future<?>> writes =
        java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      new SiteGenerator(catalog, options)
          .render(
              (path, bytes) ->
                  writes.add(
                      writer.submit(
                          () -> {
                            writeIfChanged(out.resolve(path), existing.get(path), bytes);
                            sizes.put(path, (long) bytes.length);
                          })));
      List.copyOf(writes).forEach(Parallel::await);
    } finally {
      writer.shutdownNow();
    }
    List<DocsFile> written = new ArrayList<>(sizes.size());
    sizes.forEach((path, bytes) -> written.add(new DocsFile(path, bytes)));
    return written;
  }

  /** Writes {@code bytes} unless the file already holds them ({@code size}: its size, or null). */
  private static void writeIfChanged(Path target, Long size, byte[] bytes) {
    try {
      if (size == null
          || size != bytes.length
          || !java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
        Files.write(target, bytes);
      }
    } catch (IOException e) {
      throw CatalogException.input(target + ": cannot write the site (" + e.getMessage() + ")");
    }
  }

  /** The size of every regular file at the root of {@code out} and in the site's folders. */
  private static Map<String, Long> existingSizes(Path out) throws IOException {
    Map<String, Long> sizes = new java.util.HashMap<>();
    if (!Files.isDirectory(out)) {
      return sizes;
    }
    List<String> dirs = new ArrayList<>(FOLDERS);
    dirs.add("");
    for (String dir : dirs) {
      Path folder = dir.isEmpty() ? out : out.resolve(dir);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      String prefix = dir.isEmpty() ? "" : dir + "/";
      Files.walkFileTree(
          folder,
          Set.of(),
          1,
          new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(
                Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
              if (attributes.isRegularFile()) {
                sizes.put(prefix + file.getFileName(), attributes.size());
              }
              return java.nio.file.FileVisitResult.CONTINUE;
            }
          });
    }
    return sizes;
  }

  private static List<PlannedSubject> plan(Catalog catalog) {
    try {
      return SubjectPlan.of(catalog).subjects();
    } catch (CatalogException e) {
      // A catalog whose subjects clash still gets its docs; lint names the clash.
      return List.of();
    }
  }

  private void render(BiConsumer<String, byte[]> sink) {
    Map<String, String> pages =
        new java.util.AbstractMap<>() {
          @Override
          public String put(String path, String text) {
            sink.accept(path, text.getBytes(StandardCharsets.UTF_8));
            return null;
          }

          @Override
          public Set<Map.Entry<String, String>> entrySet() {
            return Set.of();
          }
        };
    EventPage eventPage = new EventPage(index, subjects);
    // The longest jobs first (the files about the whole catalog, then the domains with their
    // graphs), so that no thread is left with a long one when the others have finished.
    List<Runnable> jobs = new ArrayList<>();
    jobs.add(() -> put(pages, "graph.html", "Graph", this::catalogGraphPage));
    jobs.add(() -> sink.accept("catalog.json", CatalogJson.bytes(index)));
    jobs.add(() -> put(pages, "fields.html", "Fields", this::fieldsPage));
    jobs.add(() -> pages.put("search-index.js", SearchIndex.script(index)));
    jobs.add(() -> pages.put("llms.txt", LlmsText.write(index, options.baseUrl())));
    jobs.add(() -> put(pages, "events.html", "Events", this::eventsPage));
    jobs.add(() -> put(pages, "topics.html", "Topics", this::topicsPage));
    if (options.diff() != null) {
      jobs.add(
          () ->
              put(
                  pages,
                  "changes.html",
                  "Changes",
                  root -> ChangesPage.body(options.diff(), index, root)));
    }
    for (String domain : domainIds()) {
      jobs.add(
          () -> put(pages, SitePaths.domain(domain), domain, root -> domainPage(domain, root)));
    }
    for (String field : index.fields.keySet()) {
      jobs.add(() -> put(pages, SitePaths.field(field), field, root -> fieldPage(field, root)));
    }
    for (Event event : index.events) {
      jobs.add(
          () -> {
            String path = SitePaths.event(event.name());
            pages.put(
                path, shell.page(path, event.name(), eventPage.body(event, PageShell.root(path))));
          });
    }
    for (String service : serviceNames()) {
      jobs.add(
          () ->
              put(pages, SitePaths.service(service), service, root -> servicePage(service, root)));
    }
    for (String team : teamNames()) {
      jobs.add(() -> put(pages, SitePaths.team(team), team, root -> teamPage(team, root)));
    }
    for (String topic : index.topics.keySet()) {
      jobs.add(() -> put(pages, SitePaths.topic(topic), topic, root -> topicPage(topic, root)));
    }
    jobs.add(() -> pages.put("index.html", homePage()));
    jobs.add(() -> put(pages, "domains.html", "Domains", this::domainsPage));
    jobs.add(() -> put(pages, "services.html", "Services", this::servicesPage));
    jobs.add(() -> put(pages, "teams.html", "Teams", this::teamsPage));
    jobs.add(() -> put(pages, "attributes.html", "Standard attributes", this::attributesPage));
    jobs.add(() -> put(pages, "rules.html", "Rules", this::rulesPage));
    jobs.add(() -> sink.accept("assets/site.css", resource("site.css")));
    jobs.add(() -> sink.accept("assets/search.js", resource("search.js")));
    run(jobs);
  }

  /**
   * Runs the jobs in their order on a pool of threads (twice as many as cores, unless the system
   * property {@code catalog.docs.threads} says otherwise) and waits for all of them; the first
   * failure is thrown.
   */
  private static void run(List<Runnable> jobs) {
    int threads =
        Integer.getInteger("catalog.docs.threads", 2 * Runtime.getRuntime().availableProcessors());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<java.util.concurrent.Future<?>> running = new ArrayList<>(jobs.size());
      jobs.forEach(job -> running.add(pool.submit(job)));
      running.forEach(Parallel::await);
    } finally {
      pool.shutdownNow();
    }
  }

  private void put(
      Map<String, String> pages, String path, String title, Function<String, String> body) {
    pages.put(path, shell.page(path, title, body.apply(PageShell.root(path))));
  }

  private static byte[] resource(String name) {
    try (InputStream in = SiteGenerator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private java.util.Set<String> domainIds() {
    return domainIds(index);
  }

  private static java.util.Set<String> domainIds(CatalogIndex index) {
    java.util.Set<String> ids = new TreeSet<>(index.domains.keySet());
    ids.addAll(index.byDomain.keySet());
    return ids;
  }

  private java.util.Set<String> serviceNames() {
    java.util.Set<String> names = new TreeSet<>(index.services.keySet());
    names.addAll(index.produces.keySet());
    names.addAll(index.consumes.keySet());
    return names;
  }

  private java.util.Set<String> teamNames() {
    java.util.Set<String> names = new TreeSet<>(index.teams);
    names.addAll(index.ownedEvents.keySet());
    names.addAll(index.ownedServices.keySet());
    return names;
  }

  // Graphs

  static FlowGraph eventGraph(Event event) {
    FlowGraph graph = new FlowGraph();
    addFlow(graph, event);
    return graph;
  }

  private static void addFlow(FlowGraph graph, Event event) {
    List<String> middles = new ArrayList<>();
    if (event.topics().isEmpty()) {
      String id = "event:" + event.name();
      graph.node(id, "event", event.name(), SitePaths.event(event.name()));
      middles.add(id);
    }
    for (Topic topic : event.topics()) {
      String id = "topic:" + topic.name();
      graph.node(id, "topic", topic.name(), SitePaths.topic(topic.name()));
      middles.add(id);
    }
    for (String producer : event.producers()) {
      graph.node("service:" + producer, "service", producer, SitePaths.service(producer));
    }
    for (String consumer : event.consumers()) {
      graph.node("service:" + consumer, "service", consumer, SitePaths.service(consumer));
    }
    for (String middle : middles) {
      event.producers().forEach(p -> graph.edge("service:" + p, middle));
      event.consumers().forEach(c -> graph.edge(middle, "service:" + c));
    }
  }

  private static FlowGraph graphOf(Collection<Event> events) {
    FlowGraph graph = new FlowGraph();
    events.forEach(e -> addFlow(graph, e));
    return graph;
  }

  /** Most links the whole-catalog graph draws at domain level; ELK's time grows with them. */
  static final int CATALOG_GRAPH_LINKS = 300;

  /**
   * The whole catalog's graph: producer → topic → consumer up to {@link #CATALOG_GRAPH_TOPICS}
   * topics, at domain level above; {@code omitted[0]} is set to the links left out.
   */
  private static FlowGraph catalogGraph(CatalogIndex index, int[] omitted) {
    return index.topics.size() <= CATALOG_GRAPH_TOPICS
        ? graphOf(index.events)
        : domainLevelGraph(index, omitted);
  }

  /**
   * At domain level: producing services → the domain of the event → consuming services, each link
   * weighted by the events it stands for; only the {@link #CATALOG_GRAPH_LINKS} heaviest are drawn
   * (ties by name), and the page says how many were left out.
   */
  private static FlowGraph domainLevelGraph(CatalogIndex index, int[] omitted) {
    Map<List<String>, Integer> weights = new java.util.HashMap<>();
    for (Event event : index.events) {
      String domain = "domain:" + event.domain();
      event
          .producers()
          .forEach(p -> weights.merge(List.of("service:" + p, domain), 1, Integer::sum));
      event
          .consumers()
          .forEach(c -> weights.merge(List.of(domain, "service:" + c), 1, Integer::sum));
    }
    List<Map.Entry<List<String>, Integer>> links = new ArrayList<>(weights.entrySet());
    links.sort(
        Map.Entry.<List<String>, Integer>comparingByValue()
            .reversed()
            .thenComparing(e -> e.getKey().get(0))
            .thenComparing(e -> e.getKey().get(1)));
    omitted[0] = Math.max(0, links.size() - CATALOG_GRAPH_LINKS);
    links = links.subList(0, Math.min(links.size(), CATALOG_GRAPH_LINKS));
    java.util.TreeSet<String> ids = new java.util.TreeSet<>();
    links.forEach(l -> ids.addAll(l.getKey()));
    FlowGraph graph = new FlowGraph();
    for (String id : ids) {
      String name = id.substring(id.indexOf(':') + 1);
      if (id.startsWith("domain:")) {
        graph.node(id, "domain", name, SitePaths.domain(name));
      } else {
        graph.node(id, "service", name, SitePaths.service(name));
      }
    }
    links.stream()
        .map(Map.Entry::getKey)
        .sorted(
            java.util.Comparator.comparing((List<String> l) -> l.get(0))
                .thenComparing(l -> l.get(1)))
        .forEach(l -> graph.edge(l.get(0), l.get(1)));
    return graph;
  }

  private static String graphBlock(FlowGraph graph, String root, String title) {
    if (graph.isEmpty()) {
      return "<p class=\"empty\">Nothing to draw.</p>\n";
    }
    return "<div class=\"graph-wrap\">" + graph.svg(root, title) + "</div>\n";
  }

  // Pages

  private String homePage() {
    StringBuilder b = new StringBuilder(8192);
    String name = index.catalog.settings().name();
    b.append("<section class=\"hero\"><h1>")
        .append(esc(name))
        .append(
            "</h1><p class=\"lead\">The event contracts of this catalog: what each event carries,")
        .append(" where it is published, who produces and who consumes it.</p>\n")
        .append("<label class=\"search\" for=\"q\">Search events by name, summary, topic, service,")
        .append(" team or field</label>\n<input type=\"search\" id=\"q\" autocomplete=\"off\"")
        .append(
            " placeholder=\"e.g. tenant_id, messaging, chat-service\" aria-controls=\"results\">\n")
        .append("<ul id=\"results\" class=\"results\" aria-live=\"polite\"></ul></section>\n");
    b.append("<ul class=\"counts\">");
    count(b, index.events.size(), "events", "events.html");
    count(b, domainIds().size(), "domains", "domains.html");
    count(b, index.topics.size(), "topics", "topics.html");
    count(b, serviceNames().size(), "services", "services.html");
    count(b, teamNames().size(), "teams", "teams.html");
    count(b, index.fields.size(), "field names", "fields.html");
    b.append("</ul>\n");
    if (options.diff() != null) {
      b.append("<h2>Recently changed</h2>\n<p>Against <code>")
          .append(esc(options.diff().against()))
          .append("</code> &middot; ")
          .append(link("changes.html", "all changes"))
          .append("</p>\n");
      List<EventDiff> changed = options.diff().events();
      if (changed.isEmpty()) {
        b.append("<p class=\"empty\">No event changed.</p>\n");
      } else {
        b.append("<ul class=\"changed\">");
        for (EventDiff diff : changed.subList(0, Math.min(changed.size(), 20))) {
          b.append("<li>")
              .append(ChangesPage.kindBadge(diff))
              .append(' ')
              .append(
                  diff.kind() == ChangeKind.REMOVED || !index.eventsByName.containsKey(diff.name())
                      ? esc(diff.name())
                      : link(SitePaths.event(diff.name()), diff.name()))
              .append("</li>");
        }
        b.append("</ul>\n");
      }
    }
    b.append("<h2>Domains</h2>\n<div class=\"cards\">");
    for (String domain : domainIds()) {
      Domain d = index.domains.get(domain);
      b.append("<a class=\"card\" href=\"")
          .append(esc(SitePaths.domain(domain)))
          .append("\"><strong>")
          .append(esc(domain))
          .append("</strong><span>")
          .append(index.inDomain(domain).size())
          .append(" events</span><p>")
          .append(esc(d == null ? "" : d.summary()))
          .append("</p></a>");
    }
    b.append("</div>\n");
    String scripts =
        "<script src=\"search-index.js\"></script>\n<script src=\"assets/search.js\"></script>\n";
    return shell.page("index.html", "Home", b.toString(), scripts);
  }

  private static void count(StringBuilder b, int n, String what, String href) {
    b.append("<li><a href=\"")
        .append(href)
        .append("\"><strong>")
        .append(n)
        .append("</strong> ")
        .append(what)
        .append("</a></li>");
  }

  private String eventTable(List<Event> events, String root) {
    if (events.isEmpty()) {
      return "<p class=\"empty\">None.</p>\n";
    }
    StringBuilder b = new StringBuilder(events.size() * 200);
    b.append("<div class=\"scroll\"><table><thead><tr><th>Event</th><th>Summary</th><th>Owner</th>")
        .append("<th>Status</th></tr></thead><tbody>\n");
    for (Event e : events) {
      b.append("<tr><td>")
          .append(link(root + SitePaths.event(e.name()), e.name()))
          .append("</td><td>")
          .append(esc(e.summary()))
          .append("</td><td>")
          .append(e.owner() == null ? "" : link(root + SitePaths.team(e.owner()), e.owner()))
          .append("</td><td>")
          .append(e.status() == null ? "" : badge("status-" + e.status().id(), e.status().id()))
          .append("</td></tr>\n");
    }
    return b.append("</tbody></table></div>\n").toString();
  }

  private String eventsPage(String root) {
    return "<h1>Events</h1>\n" + eventTable(index.events, root);
  }

  private String domainPage(String id, String root) {
    Domain domain = index.domains.get(id);
    List<Event> events = index.inDomain(id);
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"crumbs\">domain</p><h1>")
        .append(esc(domain == null || domain.name() == null ? id : domain.name()))
        .append("</h1>\n<p class=\"lead\">")
        .append(esc(domain == null ? "" : domain.summary()))
        .append("</p>\n");
    if (domain != null && domain.owner() != null) {
      b.append("<dl class=\"facts\"><dt>Owner</dt><dd>")
          .append(link(root + SitePaths.team(domain.owner()), domain.owner()))
          .append("</dd></dl>\n");
    }
    b.append("<h2>Events</h2>\n").append(eventTable(events, root));
    b.append("<h2>Flow</h2>\n").append(graphBlock(graphOf(events), root, "Flow of domain " + id));
    return b.toString();
  }

  private String domainsPage(String root) {
    StringBuilder b = new StringBuilder("<h1>Domains</h1>\n<table><thead><tr><th>Domain</th>");
    b.append("<th>Summary</th><th>Owner</th><th>Events</th></tr></thead><tbody>\n");
    for (String id : domainIds()) {
      Domain d = index.domains.get(id);
      b.append("<tr><td>")
          .append(link(root + SitePaths.domain(id), id))
          .append("</td><td>")
          .append(esc(d == null ? "" : d.summary()))
          .append("</td><td>")
          .append(
              d == null || d.owner() == null
                  ? ""
                  : link(root + SitePaths.team(d.owner()), d.owner()))
          .append("</td><td>")
          .append(index.inDomain(id).size())
          .append("</td></tr>\n");
    }
    return b.append("</tbody></table>\n").toString();
  }

  private String servicePage(String name, String root) {
    Service service = index.services.get(name);
    List<Event> produced = index.produces.getOrDefault(name, List.of());
    List<Event> consumed = index.consumes.getOrDefault(name, List.of());
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"crumbs\">service</p><h1>").append(esc(name)).append("</h1>\n");
    if (service == null) {
      b.append("<p class=\"callout\">No <code>services/")
          .append(esc(name))
          .append(".yaml</code> describes this service.</p>\n");
    } else {
      b.append("<p class=\"lead\">")
          .append(esc(service.summary()))
          .append("</p>\n<dl class=\"facts\">");
      if (service.owner() != null) {
        b.append("<dt>Owner</dt><dd>")
            .append(link(root + SitePaths.team(service.owner()), service.owner()))
            .append("</dd>");
      }
      if (service.repository() != null) {
        // Shown as text, not a link: the site makes no request off the machine, nor invites one.
        b.append("<dt>Repository</dt><dd><code>")
            .append(esc(service.repository()))
            .append("</code></dd>");
      }
      b.append("</dl>\n");
    }
    b.append("<h2>Produces</h2>\n").append(eventTable(produced, root));
    b.append("<h2>Consumes</h2>\n").append(eventTable(consumed, root));
    return b.toString();
  }

  private String servicesPage(String root) {
    StringBuilder b = new StringBuilder("<h1>Services</h1>\n<table><thead><tr><th>Service</th>");
    b.append(
        "<th>Summary</th><th>Owner</th><th>Produces</th><th>Consumes</th></tr></thead><tbody>\n");
    for (String name : serviceNames()) {
      Service s = index.services.get(name);
      b.append("<tr><td>")
          .append(link(root + SitePaths.service(name), name))
          .append("</td><td>")
          .append(esc(s == null ? "" : s.summary()))
          .append("</td><td>")
          .append(
              s == null || s.owner() == null
                  ? ""
                  : link(root + SitePaths.team(s.owner()), s.owner()))
          .append("</td><td>")
          .append(index.produces.getOrDefault(name, List.of()).size())
          .append("</td><td>")
          .append(index.consumes.getOrDefault(name, List.of()).size())
          .append("</td></tr>\n");
    }
    return b.append("</tbody></table>\n").toString();
  }

  private String teamPage(String name, String root) {
    Team team = index.catalog.team(name).orElse(null);
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"crumbs\">team</p><h1>")
        .append(esc(name))
        .append("</h1>\n<dl class=\"facts\">");
    if (team != null && team.github() != null) {
      b.append("<dt>GitHub</dt><dd><code>").append(esc(team.github())).append("</code></dd>");
    }
    if (team != null && team.contact() != null) {
      b.append("<dt>Contact</dt><dd><code>").append(esc(team.contact())).append("</code></dd>");
    }
    b.append("</dl>\n<h2>Owns events</h2>\n")
        .append(eventTable(index.ownedEvents.getOrDefault(name, List.of()), root))
        .append("<h2>Owns services</h2>\n");
    List<Service> services = index.ownedServices.getOrDefault(name, List.of());
    if (services.isEmpty()) {
      b.append("<p class=\"empty\">None.</p>\n");
    } else {
      b.append("<ul>");
      services.stream()
          .map(Service::name)
          .sorted()
          .forEach(
              s -> b.append("<li>").append(link(root + SitePaths.service(s), s)).append("</li>"));
      b.append("</ul>\n");
    }
    return b.toString();
  }

  private String teamsPage(String root) {
    StringBuilder b = new StringBuilder("<h1>Teams</h1>\n<table><thead><tr><th>Team</th>");
    b.append("<th>GitHub</th><th>Events</th><th>Services</th></tr></thead><tbody>\n");
    for (String name : teamNames()) {
      Team t = index.catalog.team(name).orElse(null);
      b.append("<tr><td>")
          .append(link(root + SitePaths.team(name), name))
          .append("</td><td><code>")
          .append(esc(t == null ? "" : t.github()))
          .append("</code></td><td>")
          .append(index.ownedEvents.getOrDefault(name, List.of()).size())
          .append("</td><td>")
          .append(index.ownedServices.getOrDefault(name, List.of()).size())
          .append("</td></tr>\n");
    }
    return b.append("</tbody></table>\n").toString();
  }

  private String topicPage(String name, String root) {
    List<Event> events = index.topics.get(name);
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"crumbs\">topic</p><h1><code>").append(esc(name)).append("</code></h1>\n");
    b.append("<table><thead><tr><th>Event</th><th>Key</th><th>Encoding</th><th>Compatibility</th>")
        .append("<th>Classification</th><th>Tenancy</th></tr></thead><tbody>\n");
    for (Event e : events) {
      String key =
          e.topics().stream()
              .filter(t -> name.equals(t.name()))
              .map(Topic::key)
              .filter(k -> k != null)
              .findFirst()
              .orElse(null);
      b.append("<tr><td>")
          .append(link(root + SitePaths.event(e.name()), e.name()))
          .append("</td><td><code>")
          .append(key == null ? "&mdash;" : esc(key))
          .append("</code></td><td>")
          .append(e.encoding() == null ? "" : badge("encoding", e.encoding().id()))
          .append("</td><td>")
          .append(e.compatibility() == null ? "" : badge("compat", e.compatibility().name()))
          .append("</td><td>")
          .append(
              e.classification() == null
                  ? ""
                  : badge("class-" + e.classification().id(), e.classification().id()))
          .append("</td><td>")
          .append(e.tenancy() == null ? "" : badge("tenancy", e.tenancy().id() + "-tenant"))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
    return b.toString();
  }

  private String topicsPage(String root) {
    StringBuilder b = new StringBuilder("<h1>Topics</h1>\n<table><thead><tr><th>Topic</th>");
    b.append("<th>Events</th></tr></thead><tbody>\n");
    for (Map.Entry<String, List<Event>> topic : index.topics.entrySet()) {
      b.append("<tr><td>")
          .append(link(root + SitePaths.topic(topic.getKey()), topic.getKey()))
          .append("</td><td>");
      topic
          .getValue()
          .forEach(e -> b.append(link(root + SitePaths.event(e.name()), e.name())).append(' '));
      b.append("</td></tr>\n");
    }
    return b.append("</tbody></table>\n").toString();
  }

  private String fieldsPage(String root) {
    StringBuilder b =
        new StringBuilder("<h1>Fields</h1>\n<p>Every field of every message an event");
    b.append(" reaches (well-known types aside), with its types and the events carrying it.</p>\n");
    b.append(
        "<div class=\"scroll\"><table><thead><tr><th>Field</th><th>Types</th><th>Events</th></tr></thead><tbody>\n");
    for (String field : index.fields.keySet()) {
      java.util.SortedSet<String> events = index.eventsCarrying(field);
      b.append("<tr><td>").append(link(root + SitePaths.field(field), field)).append("</td><td>");
      index.typesOf(field).forEach(t -> b.append("<code>").append(esc(t)).append("</code> "));
      b.append("</td><td>");
      int shown = 0;
      for (String e : events) {
        if (shown++ == FIELD_EVENTS_SHOWN) {
          b.append(link(root + SitePaths.field(field), "all " + events.size() + " events"));
          break;
        }
        b.append(link(root + SitePaths.event(e), e)).append(' ');
      }
      b.append("</td></tr>\n");
    }
    return b.append("</tbody></table></div>\n").toString();
  }

  private String fieldPage(String name, String root) {
    StringBuilder b = new StringBuilder("<p class=\"crumbs\">field</p><h1><code>");
    b.append(esc(name))
        .append(
            "</code></h1>\n<table><thead><tr><th>Event</th><th>Message</th><th>Type</th></tr></thead><tbody>\n");
    for (CatalogIndex.FieldUse use : index.fields.get(name)) {
      b.append("<tr><td>")
          .append(link(root + SitePaths.event(use.event()), use.event()))
          .append("</td><td><code>")
          .append(esc(use.message()))
          .append("</code></td><td><code>")
          .append(esc(use.type()))
          .append("</code></td></tr>\n");
    }
    return b.append("</tbody></table>\n").toString();
  }

  private String catalogGraphPage(String root) {
    StringBuilder b = new StringBuilder("<h1>Graph</h1>\n");
    int[] omitted = new int[1];
    FlowGraph graph = catalogGraph(index, omitted);
    if (index.topics.size() <= CATALOG_GRAPH_TOPICS) {
      b.append("<p>Every producer &rarr; topic &rarr; consumer of the catalog.</p>\n")
          .append(graphBlock(graph, root, "Flow of the catalog"));
    } else {
      b.append("<p>The catalog has ")
          .append(index.topics.size())
          .append(" topics, too many to draw one by one, so this graph is drawn at domain level:")
          .append(
              " producing services &rarr; domain &rarr; consuming services. Each domain's page and each")
          .append(" event's page draw their topics.");
      if (omitted[0] > 0) {
        b.append(" It shows the ")
            .append(CATALOG_GRAPH_LINKS)
            .append(" links that carry the most events; ")
            .append(omitted[0])
            .append(" lighter links are left out.");
      }
      b.append("</p>\n").append(graphBlock(graph, root, "Flow of the catalog by domain"));
    }
    return b.toString();
  }

  private String attributesPage(String root) {
    List<StandardAttribute> attributes = index.catalog.settings().standardAttributes();
    StringBuilder b = new StringBuilder("<h1>Standard attributes</h1>\n<p>One name and type for");
    b.append(" attributes every team uses; the aliases are the names they must not go by.</p>\n");
    if (attributes.isEmpty()) {
      return b.append("<p class=\"empty\">The catalog declares none.</p>\n").toString();
    }
    b.append(
        "<table><thead><tr><th>Name</th><th>Type</th><th>Not</th><th>Events</th></tr></thead><tbody>\n");
    for (StandardAttribute a : attributes) {
      b.append("<tr><td>")
          .append(
              index.fields.containsKey(a.name())
                  ? link(root + SitePaths.field(a.name()), a.name())
                  : "<code>" + esc(a.name()) + "</code>")
          .append("</td><td><code>")
          .append(esc(a.type()))
          .append("</code></td><td>");
      a.aliases().forEach(x -> b.append("<code>").append(esc(x)).append("</code> "));
      b.append("</td><td>")
          .append(
              index.fields.getOrDefault(a.name(), List.of()).stream()
                  .map(CatalogIndex.FieldUse::event)
                  .distinct()
                  .count())
          .append("</td></tr>\n");
    }
    return b.append("</tbody></table>\n").toString();
  }

  private String rulesPage(String root) {
    StringBuilder b = new StringBuilder("<h1>Rules</h1>\n<p>Every rule <code>catalog lint</code>,");
    b.append(" <code>breaking</code> and <code>verify</code> apply, from their metadata.</p>\n");
    b.append("<div class=\"scroll\"><table><thead><tr><th>ID</th><th>Family</th><th>Category</th>")
        .append("<th>Severity</th><th>Summary</th></tr></thead><tbody>\n");
    for (RuleMeta rule : options.rules()) {
      b.append("<tr id=\"")
          .append(esc(rule.id()))
          .append("\"><td><code>")
          .append(esc(rule.id()))
          .append("</code></td><td>")
          .append(esc(rule.family().name().toLowerCase(java.util.Locale.ROOT)))
          .append("</td><td>")
          .append(esc(rule.category().name()))
          .append("</td><td>")
          .append(esc(rule.severity().name().toLowerCase(java.util.Locale.ROOT)))
          .append("</td><td>")
          .append(esc(rule.summary()))
          .append("</td></tr>\n");
    }
    return b.append("</tbody></table></div>\n").toString();
  }
}
