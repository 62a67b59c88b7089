package dev.eventcontracts.bench;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.rule.RuleRunner;
import dev.eventcontracts.rule.RuleSelection;
import dev.eventcontracts.rule.RulesConfig;
import dev.eventcontracts.rule.builtin.BuiltInRules;
import dev.eventcontracts.source.DirectorySource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The steps a lint and a breaking check spend their time in, each alone, on a catalog that
 * bench/bench.py generated ({@code -p catalog=DIR}; DIR-next is the changed copy). Single-shot
 * averages of whole passes over the catalog, as the command line makes them once per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmn48m"})
public class HotPaths {

  /** A catalog bench.py generated; its changed copy is the same path with "-next". */
  @Param("bench/target/cat-2000")
  public String catalog;

  private Map<String, String> protoTexts;
  private Catalog now;
  private Catalog before;
  private RuleSelection lint;
  private RuleSelection breaking;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir = Path.of(catalog);
    protoTexts = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir.resolve("schemas"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".proto")).toList()) {
        protoTexts.put(
            dir.resolve("schemas").relativize(file).toString(),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    before = load(dir);
    now = load(Path.of(catalog + "-next"));
    RulesConfig config = RulesConfig.resolve(now.settings(), now.protos(), BuiltInRules.all());
    lint = config.lint();
    breaking = config.breaking(LocalDate.of(2026, 12, 1));
  }

  private static Catalog load(Path dir) throws IOException {
    return CatalogLoader.load(new DirectorySource(dir)).catalog();
  }

  /** Wire's parser over every .proto of the catalog, one after another (comments included). */
  @Benchmark
  public List<ProtoFileElement> parseProtos() {
    List<ProtoFileElement> parsed = new ArrayList<>(protoTexts.size());
    protoTexts.forEach(
        (path, text) -> parsed.add(ProtoParser.Companion.parse(Location.get(path), text)));
    return parsed;
  }

  /** The whole loader: YAML, proto parsing and linking, in parallel as the command does it. */
  @Benchmark
  public Catalog loadCatalog() throws IOException {
    return load(Path.of(catalog));
  }

  /** Every lint rule over a loaded catalog. */
  @Benchmark
  public List<Finding> lintRules() {
    return RuleRunner.run(BuiltInRules.lintRules(), before, lint);
  }

  /** Pairing two loaded catalogs and every breaking rule over the pair. */
  @Benchmark
  public List<Finding> breakingRules() {
    CatalogPair pair = new CatalogPair(before, now, LocalDate.of(2026, 12, 1));
    return RuleRunner.run(BuiltInRules.breakingRules(), pair, breaking);
  }
}
