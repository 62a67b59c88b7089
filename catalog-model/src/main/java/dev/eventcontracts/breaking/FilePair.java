package dev.eventcontracts.breaking;

import com.squareup.wire.schema.ProtoFile;

/**
 * A proto file REF held under its proto root, paired by path with the file now ({@code after} null
 * when no file has that path now); {@code path} is relative to the catalog root. {@link
 * CatalogPair#use(FilePair)} says what it is held to.
 */
public record FilePair(String path, ProtoFile before, ProtoFile after) {

  /** The file's package, or "" when it declares none. */
  public static String packageOf(ProtoFile file) {
    return file.getPackageName() == null ? "" : file.getPackageName();
  }
}
