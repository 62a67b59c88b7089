package dev.eventcontracts.load;

import com.squareup.wire.schema.CoreLoader;
import com.squareup.wire.schema.ErrorCollector;
import com.squareup.wire.schema.Linker;
import com.squareup.wire.schema.Loader;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.SchemaException;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.ProtoParser;
import dev.eventcontracts.Parallel;
import dev.eventcontracts.model.ProtoFeatures;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.SourceLocation;
import dev.eventcontracts.source.CatalogSource;
import dev.eventcontracts.source.FileTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses every .proto under the proto root (in parallel) with Wire's parser and links them with
 * Wire's linker, keeping each file's text in the schema for those that need the source itself.
 * Well-known {@code google/protobuf/*} types come from the tool itself. Package import cycles are
 * allowed, as protoc and buf allow them; file import cycles, syntax errors, missing imports and
 * unresolved types are input errors at their file and line.
 */
final class ProtoLoader {

  private static final String WELL_KNOWN = "google/protobuf/";
  private static final Set<String> WIRE_BUNDLED =
      Set.of(
          "google/protobuf/any.proto",
          "google/protobuf/descriptor.proto",
          "google/protobuf/duration.proto",
          "google/protobuf/empty.proto",
          "google/protobuf/struct.proto",
          "google/protobuf/timestamp.proto",
          "google/protobuf/wrappers.proto",
          "wire/extensions.proto");

  /** Deeper than any schema needs, and far from where the parser's recursion would overflow. */
  static final int MAX_NESTING = 100;

  private static final Map<String, ProtoFileElement> WELL_KNOWN_CACHE = new ConcurrentHashMap<>();
  private static final Pattern SYNTAX = Pattern.compile("(?m)^[ \\t]*syntax\\s*=");
  private static final Map<String, Boolean> WELL_KNOWN_PRESENT = new ConcurrentHashMap<>();

  /** Wire's parser refusing a group inside a group, naming the inner group and where it is. */
  private static final Pattern NESTED_GROUP =
      Pattern.compile(
          "was GroupElement\\(label=\\w+, location=([^\\s(,]+\\.proto):(\\d+):(\\d+), name=(\\w+)");

  private static final Pattern POSITION = Pattern.compile("([^\\s(]+\\.proto):(\\d+):(\\d+)");

  private final CatalogSource source;
  private final String protoRoot;
  private final List<String> catalogFiles;

  /** Catalog paths of copies of well-known protos under the root: kept as text, not linked. */
  private final List<String> otherFiles;

  private final BiConsumer<SourceLocation, String> inputError;

  ProtoLoader(
      CatalogSource source,
      String protoRoot,
      List<String> allFiles,
      BiConsumer<SourceLocation, String> inputError) {
    this.source = source;
    this.protoRoot = protoRoot;
    this.inputError = inputError;
    String prefix = protoRoot.isEmpty() ? "" : protoRoot + "/";
    List<String> protos = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String file : allFiles) {
      if (file.endsWith(".proto") && file.startsWith(prefix)) {
        String protoPath = file.substring(prefix.length());
        if (!protoPath.startsWith(WELL_KNOWN)) {
          protos.add(protoPath);
        } else {
          others.add(file);
        }
      }
    }
    this.catalogFiles = protos;
    this.otherFiles = others;
  }

  private String catalogPath(String protoPath) {
    return protoRoot.isEmpty() ? protoPath : protoRoot + "/" + protoPath;
  }

  /** A parsed file with the text it came from. */
  private record Parsed(
      String path,
      ProtoFileElement element,
      ProtoFile file,
      String text,
      ProtoFeatures.FileFeatures features) {}

  ProtoSchema load() {
    Map<String, Parsed> parsed = new ConcurrentHashMap<>();
    Map<String, Map<Integer, Set<String>>> suppressions = new ConcurrentHashMap<>();
    Map<String, String> texts = new ConcurrentHashMap<>();
    Map<String, ProtoFeatures.FileFeatures> lowered = new ConcurrentHashMap<>();
    Parallel.map(
        catalogFiles,
        path -> {
          Parsed p = parse(path, texts);
          if (p != null) {
            parsed.put(path, p);
            if (p.features() != null) {
              lowered.put(path, p.features());
            }
            Map<Integer, Set<String>> comments = suppressionComments(p.text());
            if (!comments.isEmpty()) {
              suppressions.put(catalogPath(path), comments);
            }
          }
          return null;
        });
    if (parsed.size() != catalogFiles.size()) {
      return null;
    }
    if (!checkImports(parsed)) {
      return null;
    }
    Schema schema = link(parsed);
    if (schema == null) {
      return null;
    }
    Parallel.map(
        otherFiles,
        path -> {
          readOther(path, texts);
          return null;
        });
    return new ProtoSchema(
        schema,
        protoRoot,
        new TreeSet<>(catalogFiles).stream().toList(),
        suppressions,
        texts,
        lowered);
  }

  /**
   * A copy of a well-known proto under the root is not linked (the tool's own is) and so not
   * judged; its text is kept as it is, for an event that names a well-known message as its schema.
   */
  private void readOther(String catalogPath, Map<String, String> texts) {
    try {
      texts.put(
          catalogPath,
          new String(source.read(catalogPath, TextFiles.MAX_PROTO_BYTES), StandardCharsets.UTF_8));
    } catch (IOException e) {
      // nothing links it; the deploy plan reports a schema it cannot find
    }
  }

  /** Parses a catalog file, and puts its text into {@code texts} once it has read as text. */
  private Parsed parse(String path, Map<String, String> texts) {
    String catalogPath = catalogPath(path);
    String text;
    try {
      String whole =
          TextFiles.decode(
              catalogPath,
              source.read(catalogPath, TextFiles.MAX_PROTO_BYTES),
              TextFiles.MAX_PROTO_BYTES);
      texts.put(catalogPath, whole);
      text = TextFiles.withoutByteOrderMark(whole);
    } catch (TextFiles.BadText e) {
      inputError.accept(e.location, e.getMessage());
      return null;
    } catch (FileTooLargeException e) {
      TextFiles.BadText tooLarge =
          TextFiles.tooLarge(catalogPath, e.size(), TextFiles.MAX_PROTO_BYTES);
      inputError.accept(tooLarge.location, tooLarge.getMessage());
      return null;
    } catch (NoSuchFileException e) {
      inputError.accept(
          SourceLocation.of(catalogPath), "file not found (it was removed while being read)");
      return null;
    } catch (IOException e) {
      inputError.accept(
          SourceLocation.of(catalogPath), "cannot read file (" + TextFiles.reason(e) + ")");
      return null;
    }
    int tooDeep = tooDeep(text);
    if (tooDeep >= 0) {
      inputError.accept(
          new SourceLocation(catalogPath, lineOf(text, tooDeep), columnOf(text, tooDeep)),
          "nested more than " + MAX_NESTING + " levels deep");
      return null;
    }
    if (text.contains("edition")
        && ProtoLowering.EDITION.matcher(text).find()
        && !SYNTAX.matcher(text).find()) {
      return parseEditions(path, catalogPath, text);
    }
    ProtoFileElement element;
    try {
      element = ProtoParser.Companion.parse(Location.get(path), text);
    } catch (StackOverflowError e) {
      inputError.accept(SourceLocation.of(catalogPath), "nested too deeply to parse");
      return null;
    } catch (RuntimeException e) {
      if (ProtoLowering.EDITION.matcher(text).find()) {
        return parseEditions(path, catalogPath, text);
      }
      inputError.accept(position(e.getMessage(), catalogPath), cleanSyntaxMessage(e));
      return null;
    }
    ProtoFeatures.FileFeatures features = null;
    if (text.contains("group")) {
      ProtoLowering.Lowered groups = ProtoLowering.groups(element);
      if (groups != null) {
        element = groups.element();
        features = groups.features();
      }
    }
    return linkable(path, catalogPath, element, text, features);
  }

  /**
   * An editions file, lowered to proto2 for Wire with its features kept aside (decision 0013);
   * null, with the problems reported, when it is not a file protoc would accept.
   */
  private Parsed parseEditions(String path, String catalogPath, String text) {
    ProtoLowering.Prepared prepared = ProtoLowering.prepare(text);
    Matcher statement = ProtoLowering.EDITION.matcher(text);
    statement.find();
    if (!ProtoLowering.knownEdition(prepared.edition())) {
      inputError.accept(
          new SourceLocation(catalogPath, lineOf(text, statement.start()), 1),
          ProtoLowering.unknownEditionMessage(prepared.edition()));
      return null;
    }
    ProtoFileElement element;
    try {
      element = ProtoParser.Companion.parse(Location.get(path), prepared.text());
    } catch (RuntimeException e) {
      inputError.accept(position(e.getMessage(), catalogPath), cleanSyntaxMessage(e));
      return null;
    }
    List<ProtoLowering.Problem> problems = new ArrayList<>();
    ProtoLowering.Lowered lowered =
        ProtoLowering.editions(element, prepared.edition(), text, problems);
    if (!problems.isEmpty()) {
      for (ProtoLowering.Problem problem : problems) {
        inputError.accept(
            new SourceLocation(catalogPath, problem.line(), problem.column()), problem.message());
      }
      return null;
    }
    return linkable(path, catalogPath, lowered.element(), text, lowered.features());
  }

  private Parsed linkable(
      String path,
      String catalogPath,
      ProtoFileElement element,
      String text,
      ProtoFeatures.FileFeatures features) {
    try {
      return new Parsed(path, element, ProtoFile.Companion.get(element), text, features);
    } catch (RuntimeException e) {
      inputError.accept(position(e.getMessage(), catalogPath), cleanSyntaxMessage(e));
      return null;
    }
  }

  private static String cleanSyntaxMessage(RuntimeException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    Matcher nested = NESTED_GROUP.matcher(message);
    if (nested.find()) {
      return "group \""
          + nested.group(4)
          + "\" is declared inside a group, which is not supported; declare it as a message"
          + " nested in the enclosing group's message, with a field of that type";
    }
    message = message.replaceFirst("^Syntax error in [^:]+:\\d+:\\d+: ", "");
    return "proto syntax error: " + message.lines().findFirst().orElse(message);
  }

  private SourceLocation position(String message, String fallbackPath) {
    if (message != null) {
      Matcher nested = NESTED_GROUP.matcher(message);
      if (nested.find()) {
        return new SourceLocation(
            catalogPath(nested.group(1)),
            Integer.parseInt(nested.group(2)),
            Integer.parseInt(nested.group(3)));
      }
      Matcher m = POSITION.matcher(message);
      if (m.find()) {
        return new SourceLocation(
            catalogPath(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
    }
    return SourceLocation.of(fallbackPath);
  }

  /**
   * The offset of the first bracket ({@code { [ <}) nested deeper than {@link #MAX_NESTING}
   * outside comments and string literals, or -1. Wire's parser and linker, and the rules after
   * them, recurse once per level: a file nested thousands deep would overflow the stack.
   */
  static int tooDeep(String text) {
    int depth = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      char next = i + 1 < n ? text.charAt(i + 1) : 0;
      if (c == '/' && next == '/') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (c == '/' && next == '*') {
        int end = text.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 1;
      } else if (c == '"' || c == '\'') {
        for (i++; i < n && text.charAt(i) != c && text.charAt(i) != '\n'; i++) {
          if (text.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '{' || c == '[' || c == '<') {
        if (++depth > MAX_NESTING) {
          return i;
        }
      } else if ((c == '}' || c == ']' || c == '>') && depth > 0) {
        depth--;
      }
    }
    return -1;
  }

  private static int columnOf(String text, int offset) {
    return offset - text.lastIndexOf('\n', offset - 1);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Every import resolves, and no file imports itself through others. */
  private boolean checkImports(Map<String, Parsed> parsed) {
    boolean ok = true;
    List<String> paths = new ArrayList<>(parsed.keySet());
    paths.sort(null);
    for (String path : paths) {
      Parsed p = parsed.get(path);
      for (String imported : imports(p.file())) {
        if (!parsed.containsKey(imported) && !isWellKnown(imported)) {
          inputError.accept(
              importLocation(p, imported),
              "import \"" + imported + "\" not found under " + displayRoot());
          ok = false;
        }
      }
    }
    if (!ok) {
      return false;
    }
    Map<String, Integer> state = new HashMap<>();
    for (String path : paths) {
      List<String> cycle = findCycle(path, parsed, state, new ArrayList<>());
      if (cycle != null) {
        Parsed first = parsed.get(cycle.get(0));
        inputError.accept(
            importLocation(first, cycle.get(1)),
            "import cycle: "
                + String.join(" -> ", cycle)
                + "; protoc refuses files that import"
                + " themselves");
        return false;
      }
    }
    return true;
  }

  private String displayRoot() {
    return protoRoot.isEmpty() ? "the catalog root" : protoRoot + "/";
  }

  private static List<String> imports(ProtoFile file) {
    List<String> all = new ArrayList<>(file.getImports());
    all.addAll(file.getPublicImports());
    return all;
  }

  private List<String> findCycle(
      String path, Map<String, Parsed> parsed, Map<String, Integer> state, List<String> stack) {
    Integer s = state.get(path);
    if (s != null && s == 2) {
      return null;
    }
    if (s != null && s == 1) {
      List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(path), stack.size()));
      cycle.add(path);
      return cycle;
    }
    Parsed p = parsed.get(path);
    if (p == null) {
      return null;
    }
    state.put(path, 1);
    stack.add(path);
    for (String imported : imports(p.file())) {
      List<String> cycle = findCycle(imported, parsed, state, stack);
      if (cycle != null) {
        return cycle;
      }
    }
    stack.remove(stack.size() - 1);
    state.put(path, 2);
    return null;
  }

  private SourceLocation importLocation(Parsed p, String imported) {
    int index = p.text().indexOf("\"" + imported + "\"");
    int line = index < 0 ? 1 : lineOf(p.text(), index);
    return new SourceLocation(catalogPath(p.path()), line, 1);
  }

  /**
   * Links in parallel: files are grouped by package (so every cross-file check Wire makes within a
   * package still sees all of them) into one group per core; each group links with its own Linker
   * over fresh copies of the files it imports, and the linked files of all groups form the schema.
   */
  private Schema link(Map<String, Parsed> parsed) {
    List<String> paths = new ArrayList<>(parsed.keySet());
    paths.sort(null);
    List<List<String>> groups = groups(paths, parsed);
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    List<Schema> linked = Parallel.map(groups, group -> linkGroup(group, parsed, errors));
    if (!errors.isEmpty()) {
      Set<String> seen = new HashSet<>();
      List<String> sorted = new ArrayList<>(errors);
      sorted.sort(null);
      for (String message : sorted) {
        SourceLocation where = position(message, catalogPath(paths.get(0)));
        String text = flatten(message);
        if (seen.add(where + text)) {
          inputError.accept(where, text);
        }
      }
      return null;
    }
    if (linked.size() == 1) {
      return linked.get(0);
    }
    // Each catalog file comes from the group that linked it as a source; imported copies (and
    // well-known files) only fill in what no group owns.
    Map<String, ProtoFile> merged = new java.util.TreeMap<>();
    for (int i = 0; i < groups.size(); i++) {
      Set<String> own = new HashSet<>(groups.get(i));
      for (ProtoFile file : linked.get(i).getProtoFiles()) {
        String path = file.getLocation().getPath();
        if (own.contains(path)) {
          merged.put(path, file);
        } else if (!parsed.containsKey(path)) {
          merged.putIfAbsent(path, file);
        }
      }
    }
    return new Schema(merged.values());
  }

  private static List<List<String>> groups(List<String> paths, Map<String, Parsed> parsed) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (paths.size() < 200 || cores < 2) {
      return List.of(paths);
    }
    Map<String, List<String>> byPackage = new java.util.TreeMap<>();
    for (String path : paths) {
      String pkg = parsed.get(path).file().getPackageName();
      byPackage.computeIfAbsent(pkg == null ? "" : pkg, k -> new ArrayList<>()).add(path);
    }
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i < cores; i++) {
      groups.add(new ArrayList<>());
    }
    List<List<String>> packages = new ArrayList<>(byPackage.values());
    packages.sort((a, b) -> Integer.compare(b.size(), a.size()));
    for (List<String> pkg : packages) {
      List<String> smallest = groups.get(0);
      for (List<String> group : groups) {
        if (group.size() < smallest.size()) {
          smallest = group;
        }
      }
      smallest.addAll(pkg);
    }
    groups.removeIf(List::isEmpty);
    groups.forEach(g -> g.sort(null));
    return groups;
  }

  private Schema linkGroup(List<String> group, Map<String, Parsed> parsed, List<String> errors) {
    Map<String, ProtoFile> sources = new LinkedHashMap<>();
    for (String path : group) {
      sources.put(path, ProtoFile.Companion.get(parsed.get(path).element()));
    }
    ErrorCollector collector = new ErrorCollector();
    Linker linker = new Linker(new CatalogFileLoader(sources, parsed), collector, true, true);
    try {
      return linker.link(sources.values());
    } catch (SchemaException e) {
      List<String> messages = collector.getErrors();
      errors.addAll(messages.isEmpty() ? List.of(String.valueOf(e.getMessage())) : messages);
      return null;
    } catch (RuntimeException e) {
      errors.add("cannot link protos: " + e.getMessage());
      return null;
    } catch (StackOverflowError e) {
      errors.add("cannot link protos: types refer to each other too deeply");
      return null;
    }
  }

  /** Wire's multi-line errors ("unable to resolve X\n for field y (path:1:2)") on one line. */
  private static String flatten(String message) {
    if (message == null) {
      return "proto error";
    }
    List<String> parts = new ArrayList<>();
    for (String line : message.lines().toList()) {
      String clean = line.strip().replaceAll("\\s*\\([^()]*\\.proto:\\d+:\\d+\\)", "");
      if (!clean.isEmpty()) {
        parts.add(clean);
      }
    }
    return String.join(" ", parts);
  }

  private static Map<Integer, Set<String>> suppressionComments(String text) {
    if (!text.contains("catalog:ignore")) {
      return Map.of();
    }
    Map<Integer, Set<String>> byLine = new HashMap<>();
    int line = 1;
    for (String l : text.split("\n", -1)) {
      int at = l.indexOf("catalog:ignore");
      if (at >= 0 && l.substring(0, at).contains("//")) {
        Set<String> rules = new HashSet<>();
        // The first word always names a rule, so a misspelt one is rejected, not dropped; later
        // words count when they are shaped like rule IDs, and the rest of the line is prose.
        String[] words = l.substring(at + "catalog:ignore".length()).trim().split("[\\s,]+");
        for (int i = 0; i < words.length; i++) {
          if (words[i].matches(i == 0 ? "\\S+" : "[A-Z][A-Z0-9_]*")) {
            rules.add(words[i]);
          }
        }
        byLine.put(line, rules);
      }
      line++;
    }
    return byLine;
  }

  /**
   * Whether the tool has a well-known file at {@code path}: one Wire bundles, or one of
   * protobuf-java's resources. Answered from the name and the class path, without parsing the file
   * (descriptor.proto alone is a tenth of a second on a cold start), once per path.
   */
  private static boolean isWellKnown(String path) {
    return WIRE_BUNDLED.contains(path)
        || (path.startsWith(WELL_KNOWN)
            && WELL_KNOWN_PRESENT.computeIfAbsent(
                path, p -> com.google.protobuf.Any.class.getClassLoader().getResource(p) != null));
  }

  /**
   * A fresh copy of a well-known file, from Wire's bundle or protobuf-java's resources; null when
   * unknown. Fresh, because linking changes a file and groups link in parallel; each file is parsed
   * once, since Wire's core loader would parse its file anew on every call.
   */
  static ProtoFile wellKnown(String path) {
    if (!WIRE_BUNDLED.contains(path) && !path.startsWith(WELL_KNOWN)) {
      return null;
    }
    ProtoFileElement element = WELL_KNOWN_CACHE.computeIfAbsent(path, ProtoLoader::readWellKnown);
    return element == null ? null : ProtoFile.Companion.get(element);
  }

  private static ProtoFileElement readWellKnown(String path) {
    if (WIRE_BUNDLED.contains(path)) {
      return CoreLoader.INSTANCE.load(path).toElement();
    }
    try (InputStream in =
        com.google.protobuf.Any.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return null;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ProtoParser.Companion.parse(Location.get(path), text);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Serves a group's own files to Wire's linker, and fresh copies of every other file (catalog or
   * well-known) it imports.
   */
  private static final class CatalogFileLoader implements Loader {
    private final Map<String, ProtoFile> sources;
    private final Map<String, Parsed> all;

    CatalogFileLoader(Map<String, ProtoFile> sources, Map<String, Parsed> all) {
      this.sources = sources;
      this.all = all;
    }

    @Override
    public ProtoFile load(String path) {
      ProtoFile file = sources.get(path);
      if (file == null && all.containsKey(path)) {
        file = ProtoFile.Companion.get(all.get(path).element());
      }
      if (file == null) {
        file = wellKnown(path);
      }
      if (file == null) {
        file = ProtoFile.Companion.get(ProtoFileElement.Companion.empty(path));
      }
      return file;
    }

    @Override
    public Loader withErrors(ErrorCollector errors) {
      return this;
    }
  }
}
