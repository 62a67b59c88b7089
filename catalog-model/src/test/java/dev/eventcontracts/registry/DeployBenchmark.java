package dev.eventcontracts.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.testkit.ApicurioRegistry;
import dev.eventcontracts.testkit.ApicurioVersion;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: times a deploy of a generated catalog to a local Apicurio registry (all new, then a
 * no-op), counts its HTTP requests, and times the same requests sent by a bare loop at the same
 * parallelism.
 *
 * <pre>
 * python3 gen-catalog.py /tmp/bench-cat --events 1000
 * java -cp ... dev.eventcontracts.registry.DeployBenchmark /tmp/bench-cat [parallelism] [2.6.13|3.3.3] [rounds]
 * </pre>
 */
public final class DeployBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int parallelism = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    ApicurioVersion version =
        args.length > 2 && args[2].startsWith("3")
            ? ApicurioVersion.V3_3_3
            : ApicurioVersion.V2_6_13;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    long t0 = System.nanoTime();
    Catalog catalog = CatalogLoader.load(CatalogEngine.openDirectory(dir)).catalog();
    SubjectPlan plan = SubjectPlan.of(catalog);
    System.out.printf(
        "catalog: %d events, %d subjects in %d levels, loaded and planned in %d ms; %s%n",
        catalog.events().size(), plan.subjects().size(), plan.levels().size(), ms(t0), version);
    try (ApicurioRegistry registry =
        ApicurioRegistry.start(version, "-XX:+UseSerialGC", "-Xmx1g")) {
      // warm both sides up once, then measure from an empty registry, deploy and bare loop in turn
      deploy(registry, plan, parallelism);
      registry.reset();
      bareNew(registry, plan, parallelism);
      List<Long> first = new ArrayList<>();
      List<Long> noop = new ArrayList<>();
      List<Long> bareFirst = new ArrayList<>();
      List<Long> bareNoop = new ArrayList<>();
      for (int round = 1; round <= rounds; round++) {
        boolean deployFirst = round % 2 == 1;
        for (int side = 0; side < 2; side++) {
          registry.reset();
          if ((side == 0) == deployFirst) {
            Timed a = deploy(registry, plan, parallelism);
            Timed b = deploy(registry, plan, parallelism);
            first.add(a.millis);
            noop.add(b.millis);
            System.out.printf(
                "round %d deploy: new %d ms (%d requests), no-op %d ms (%d requests)%n",
                round, a.millis, a.requests, b.millis, b.requests);
          } else {
            Timed a = bareNew(registry, plan, parallelism);
            Timed b = bareNoop(registry, plan, parallelism);
            bareFirst.add(a.millis);
            bareNoop.add(b.millis);
            System.out.printf(
                "round %d bare:   new %d ms (%d requests), no-op %d ms (%d requests)%n",
                round, a.millis, a.requests, b.millis, b.requests);
          }
        }
      }
      System.out.printf(
          "%s, parallelism %d, medians of %d: all new %d ms vs bare %d ms (ratio %.2f);"
              + " no-op %d ms vs bare %d ms (ratio %.2f)%n",
          version,
          parallelism,
          rounds,
          median(first),
          median(bareFirst),
          (double) median(first) / median(bareFirst),
          median(noop),
          median(bareNoop),
          (double) median(noop) / median(bareNoop));
    }
  }

  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  record Timed(long millis, long requests) {}

  static Timed deploy(ApicurioRegistry registry, SubjectPlan plan, int parallelism) {
    HttpRegistryClient client =
        new HttpRegistryClient(
            RegistryEndpoint.of("bench", registry.url()), ClientSettings.DEFAULT);
    long start = System.nanoTime();
    DeployReport report =
        new Deployer("bench", client, null, parallelism, Deployer.Progress.NONE)
            .deploy(plan, false);
    if (report.refused()) {
      throw new IllegalStateException(String.join("\n", report.refusals()));
    }
    return new Timed(ms(start), client.requestCount());
  }

  /** What a deploy to an empty registry sends: lookup, config, register (+ lookup of imports). */
  static Timed bareNew(ApicurioRegistry registry, SubjectPlan plan, int parallelism)
      throws Exception {
    try (Bare bare = new Bare(registry.url(), parallelism)) {
      return bareNew(bare, plan);
    }
  }

  private static Timed bareNew(Bare bare, SubjectPlan plan) throws Exception {
    long start = System.nanoTime();
    for (List<PlannedSubject> level : plan.levels()) {
      bare.each(
          level,
          s -> {
            String body = body(s);
            bare.send("POST", subject(s) + "?normalize=true", body);
            bare.send(
                "PUT", "/config/" + enc(s), "{\"compatibility\":\"" + s.compatibility() + "\"}");
            bare.send("POST", subject(s) + "/versions?normalize=true", body);
            if (s.isReference()) {
              bare.send("POST", subject(s) + "?normalize=true", body);
            }
          });
    }
    return new Timed(ms(start), bare.count.get());
  }

  /** What a no-op deploy sends: a lookup and a config read per subject. */
  static Timed bareNoop(ApicurioRegistry registry, SubjectPlan plan, int parallelism)
      throws Exception {
    try (Bare bare = new Bare(registry.url(), parallelism)) {
      return bareNoop(bare, plan);
    }
  }

  private static Timed bareNoop(Bare bare, SubjectPlan plan) throws Exception {
    long start = System.nanoTime();
    for (List<PlannedSubject> level : plan.levels()) {
      bare.each(
          level,
          s -> {
            bare.send("POST", subject(s) + "?normalize=true", body(s));
            bare.send("GET", "/config/" + enc(s), null);
          });
    }
    return new Timed(ms(start), bare.count.get());
  }

  static String subject(PlannedSubject s) {
    return "/subjects/" + enc(s);
  }

  static String enc(PlannedSubject s) {
    return URLEncoder.encode(s.subject(), StandardCharsets.UTF_8);
  }

  static String body(PlannedSubject s) {
    ObjectNode body = JSON.createObjectNode();
    body.put("schemaType", "PROTOBUF");
    body.put("schema", s.schema());
    var refs = body.putArray("references");
    for (String imported : s.imports()) {
      refs.addObject().put("name", imported).put("subject", imported).put("version", 1);
    }
    return body.toString();
  }

  static final class Bare implements AutoCloseable {
    final String base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final ExecutorService pool;
    final AtomicLong count = new AtomicLong();

    Bare(String base, int parallelism) {
      this.base = base;
      this.pool = Executors.newFixedThreadPool(parallelism);
    }

    interface Task {
      void run(PlannedSubject s) throws Exception;
    }

    void each(List<PlannedSubject> subjects, Task task) throws Exception {
      List<Future<?>> futures = new ArrayList<>();
      for (PlannedSubject s : subjects) {
        futures.add(
            pool.submit(
                () -> {
                  task.run(s);
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    }

    @Override
    public void close() {
      pool.shutdownNow();
    }

    void send(String method, String path, String body) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Accept", "application/vnd.schemaregistry.v1+json");
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      count.incrementAndGet();
      http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  static long ms(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
