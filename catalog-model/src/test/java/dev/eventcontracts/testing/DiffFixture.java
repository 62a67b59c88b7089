package dev.eventcontracts.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eventcontracts.diff.ContractDiff;
import dev.eventcontracts.engine.CatalogEngine;
import dev.eventcontracts.engine.DiffRequest;
import dev.eventcontracts.load.CatalogLoader;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.report.DiffText;
import dev.eventcontracts.rule.Finding;
import dev.eventcontracts.source.DirectorySource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A catalog (by default the small messaging catalog under {@code src/test/resources/diff/catalog})
 * copied twice into a temporary folder: {@code before} stays as it is, {@code after} takes the
 * edits a test plants.
 */
public final class DiffFixture {

  /** The day the breaking check takes as today, so exception expiry does not move under a test. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

  public final Path before;
  public final Path after;

  public DiffFixture(Path temp) {
    this(temp, resource("diff/catalog"));
  }

  /** Two copies of the catalog in {@code source}. */
  public DiffFixture(Path temp, Path source) {
    this.before = temp.resolve("before");
    this.after = temp.resolve("after");
    copy(source, before);
    copy(source, after);
  }

  public static Path resource(String name) {
    try {
      return Path.of(DiffFixture.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces {@code from} with {@code to} in a file of the new catalog; fails if it is absent. */
  public DiffFixture edit(String file, String from, String to) {
    String text = read(after.resolve(file));
    assertTrue(text.contains(from), () -> file + " does not contain " + from);
    write(file, text.replace(from, to));
    return this;
  }

  public DiffFixture write(String file, String text) {
    try {
      Path path = after.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public DiffFixture delete(String file) {
    try {
      Files.delete(after.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The diff of the new catalog against the old, given the breaking check's findings. */
  public ContractDiff diff(List<Finding> breaking) {
    return ContractDiff.between(load(before), load(after), breaking, "main");
  }

  /**
   * The diff as {@code catalog diff} computes it in a pull request, breaking check included: the
   * old catalog is committed on branch {@code main} of a new Git repository (in a sub-folder), the
   * new one is left in its work tree, and the diff runs {@code --against main}.
   */
  public ContractDiff diffAgainstMain() {
    Path repo = before.resolveSibling("repo");
    Path catalog = repo.resolve("contracts/events");
    copy(before, catalog);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      PersonIdent who = new PersonIdent("Catalog Test", "test@acme.example");
      git.commit().setMessage("Add the catalog").setAuthor(who).setCommitter(who).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
    delete(catalog);
    copy(after, catalog);
    return new CatalogEngine().diff(new DiffRequest(catalog, "main", TODAY)).diff();
  }

  public ContractDiff diff() {
    return diff(List.of());
  }

  /** One event's changes, each as the text format prints it. */
  public List<String> changes(String event) {
    return changes(diff(), event);
  }

  public static List<String> changes(ContractDiff diff, String event) {
    return diff.events().stream()
        .filter(e -> e.name().equals(event))
        .flatMap(e -> e.changes().stream())
        .map(DiffText::change)
        .toList();
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Catalog load(Path dir) {
    try {
      return CatalogLoader.load(new DirectorySource(dir)).catalog();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
