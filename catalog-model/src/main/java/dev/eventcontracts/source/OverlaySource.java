package dev.eventcontracts.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A catalog's files with more files laid over them, held in memory: a catalog as it would be once
 * they are written, loaded before anything is written.
 */
public final class OverlaySource implements CatalogSource {

  private final CatalogSource base;
  private final Map<String, String> files;

  /**
   * @param base the files beneath, or null for none
   * @param files path → text, over {@code base}
   */
  public OverlaySource(CatalogSource base, Map<String, String> files) {
    this.base = base;
    this.files = new TreeMap<>(files);
  }

  @Override
  public String describe() {
    return base == null ? "(the catalog to import)" : base.describe();
  }

  @Override
  public List<String> files() throws IOException {
    TreeSet<String> all = new TreeSet<>(files.keySet());
    if (base != null) {
      all.addAll(base.files());
    }
    return List.copyOf(all);
  }

  @Override
  public byte[] read(String path) throws IOException {
    String text = files.get(path);
    if (text != null) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    if (base == null) {
      throw new NoSuchFileException(path);
    }
    return base.read(path);
  }

  @Override
  public boolean exists(String path) throws IOException {
    return files.containsKey(path) || (base != null && base.exists(path));
  }
}
