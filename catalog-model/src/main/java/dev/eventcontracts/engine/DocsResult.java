package dev.eventcontracts.engine;

import dev.eventcontracts.docs.DocsFile;
import java.nio.file.Path;
import java.util.List;

/** The files of the site written under {@code out}, sorted by path, with their sizes. */
public record DocsResult(Path out, List<DocsFile> files) {

  public DocsResult {
    files = List.copyOf(files);
  }

  /** The HTML pages among the files. */
  public long pages() {
    return files.stream().filter(f -> f.path().endsWith(".html")).count();
  }

  public long bytes() {
    return files.stream().mapToLong(DocsFile::bytes).sum();
  }
}
