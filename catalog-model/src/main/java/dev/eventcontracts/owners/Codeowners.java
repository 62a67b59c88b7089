package dev.eventcontracts.owners;

import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Domain;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Example;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.Repository;
import dev.eventcontracts.model.Service;
import dev.eventcontracts.model.Team;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The CODEOWNERS file of a catalog, in GitHub's syntax. A change to an event's YAML, its examples,
 * its proto and every proto that proto imports (transitively) asks the event's owner, the teams
 * owning its producers and consumers, and the architects; {@code catalog.yaml} asks the architects,
 * a service file its owner and the architects, a domain file its owner.
 *
 * <p>GitHub applies the last line that matches a file, so every file gets exactly one line, naming
 * the union of the teams of every event that reaches it (a shared envelope names them all). A first
 * line gives the whole catalog folder to the architects, so a file no event reaches (a README, an
 * unused proto) still has a reviewer. Paths are anchored at the repository root.
 */
public final class Codeowners {

  private static final String WELL_KNOWN = "google/protobuf/";

  /**
   * One line: a file relative to the repository root, and the teams that must review it.
   *
   * @param teams team names of {@code catalog.yaml}, sorted, the architects last
   */
  public record Line(String path, List<String> teams) {}

  private final Catalog catalog;
  private final String prefix;
  private final String architects;
  private final Set<String> catalogFiles;
  private final Set<String> protoFiles;

  /** Path (repository-relative) → team names. */
  private final Map<String, Set<String>> teams = new TreeMap<>();

  private Codeowners(Catalog catalog, String prefix) {
    this.catalog = catalog;
    this.prefix = prefix;
    this.architects = catalog.settings().architects();
    this.catalogFiles = new java.util.HashSet<>(catalog.files());
    this.protoFiles =
        catalog.protos() == null
            ? Set.of()
            : new java.util.HashSet<>(catalog.protos().catalogFiles());
  }

  /** The CODEOWNERS text for the catalog, with paths under its folder in the work tree. */
  public static String generate(Catalog catalog) {
    return generate(catalog, catalog.repository().prefix());
  }

  /** As {@link #generate(Catalog)}, with the catalog at {@code prefix} of the repository. */
  public static String generate(Catalog catalog, String prefix) {
    Codeowners owners = new Codeowners(catalog, prefix);
    owners.collect();
    return owners.render();
  }

  /** The lines the file holds, for tests and tools: every file the catalog names, sorted. */
  public static List<Line> lines(Catalog catalog, String prefix) {
    Codeowners owners = new Codeowners(catalog, prefix);
    owners.collect();
    List<Line> lines = new ArrayList<>();
    owners.teams.forEach((path, names) -> lines.add(new Line(path, owners.ordered(names))));
    return lines;
  }

  private void collect() {
    add("catalog.yaml", architects);
    for (Domain domain : catalog.domains()) {
      add(domain.positions().document().path(), domain.owner());
    }
    for (Service service : catalog.services()) {
      String file = service.positions().document().path();
      add(file, service.owner());
      add(file, architects);
    }
    for (Event event : catalog.events()) {
      Set<String> eventTeams = new LinkedHashSet<>();
      eventTeams.add(event.owner());
      for (String producer : event.producers()) {
        catalog.service(producer).ifPresent(s -> eventTeams.add(s.owner()));
      }
      for (String consumer : event.consumers()) {
        catalog.service(consumer).ifPresent(s -> eventTeams.add(s.owner()));
      }
      eventTeams.add(architects);
      for (String file : files(event)) {
        for (String team : eventTeams) {
          add(file, team);
        }
      }
    }
  }

  /** The catalog-relative files of one event: its YAML, examples, proto and what it imports. */
  private List<String> files(Event event) {
    List<String> files = new ArrayList<>();
    files.add(event.file());
    for (Example example : event.examples()) {
      if (example.file() != null) {
        String path =
            normalize(
                event.folder().isEmpty() ? example.file() : event.folder() + "/" + example.file());
        if (path != null && catalogFiles.contains(path)) {
          files.add(path);
        }
      }
    }
    ProtoSchema protos = catalog.protos();
    if (protos != null && event.schemaMessage() != null) {
      MessageType message = protos.message(event.schemaMessage());
      if (message != null) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(message.getLocation().getPath()));
        while (!todo.isEmpty()) {
          String next = todo.pop();
          if (next.startsWith(WELL_KNOWN) || !protoFiles.contains(next)) {
            continue;
          }
          if (seen.add(next)) {
            ProtoFile file = protos.file(next);
            if (file != null) {
              todo.addAll(file.getImports());
              todo.addAll(file.getPublicImports());
            }
          }
        }
        seen.forEach(p -> files.add(protos.catalogPath(p)));
      }
    }
    return files;
  }

  /** {@code a/b/../c} → {@code a/c}; null when the path leaves the catalog. */
  private static String normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  private void add(String catalogPath, String team) {
    Set<String> names = teams.computeIfAbsent(prefix + catalogPath, p -> new TreeSet<>());
    if (team != null) {
      names.add(team);
    }
  }

  /** Sorted by name, the architects last. */
  private List<String> ordered(Set<String> names) {
    List<String> ordered = new ArrayList<>();
    for (String name : names) {
      if (!name.equals(architects)) {
        ordered.add(name);
      }
    }
    if (architects != null && names.contains(architects)) {
      ordered.add(architects);
    }
    return ordered;
  }

  private String handle(String team) {
    return catalog.team(team).map(Team::github).filter(h -> !h.isBlank()).orElse(null);
  }

  /**
   * The command that writes the file where it is (or at {@code .github/CODEOWNERS}), run from the
   * repository root.
   */
  public static String command(Catalog catalog) {
    Repository repository = catalog.repository();
    String target =
        repository.codeownersPath() != null
            ? repository.codeownersPath()
            : Repository.CODEOWNERS_PLACES.get(0);
    String prefix = repository.prefix();
    String dir = prefix.isEmpty() ? "." : prefix.substring(0, prefix.length() - 1);
    return "catalog codeowners "
        + CodeownersPaths.shellWord(dir)
        + " -o "
        + CodeownersPaths.shellWord(target);
  }

  private String render() {
    StringBuilder out = new StringBuilder();
    String name = catalog.settings().name();
    out.append("# Generated by `catalog codeowners` from the event catalog")
        .append(name == null ? "" : " \"" + name + "\"")
        .append("; do not edit by hand.\n");
    out.append("# Regenerate from the repository root: ").append(command(catalog)).append('\n');
    out.append("# GitHub applies the last matching line: each file has one line naming every team")
        .append(" that must review it.\n");
    Set<String> skipped = new TreeSet<>();
    for (Set<String> names : teams.values()) {
      for (String team : names) {
        if (handle(team) == null) {
          skipped.add(team);
        }
      }
    }
    if (architects != null && handle(architects) == null) {
      skipped.add(architects);
    }
    for (String team : skipped) {
      out.append("# Team \"")
          .append(team)
          .append(
              catalog.team(team).isPresent()
                  ? "\" has no github handle in catalog.yaml; it is left out.\n"
                  : "\" is not a team of catalog.yaml; it is left out.\n");
    }
    out.append('\n');
    String architectsHandle = architects == null ? null : handle(architects);
    if (architectsHandle != null) {
      out.append(prefix.isEmpty() ? "*" : CodeownersPaths.escape("/" + prefix))
          .append(' ')
          .append(architectsHandle)
          .append('\n');
    }
    teams.forEach(
        (path, names) -> {
          out.append(CodeownersPaths.escape("/" + path));
          Set<String> handles = new LinkedHashSet<>();
          for (String team : ordered(names)) {
            String handle = handle(team);
            if (handle != null) {
              handles.add(handle);
            }
          }
          for (String handle : handles) {
            out.append(' ').append(handle);
          }
          out.append('\n');
        });
    return out.toString();
  }
}
