package dev.eventcontracts.model;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linked protos of a catalog (immutable; files and messages are indexed once): Wire's schema,
 * and which of its files the catalog itself holds (under {@code protoRoot}), as opposed to
 * well-known types supplied by the tool.
 *
 * <p>{@code schema} is the linked schema, including well-known types; {@code protoRoot} the proto
 * root relative to the catalog root ("" for the root itself); {@code catalogFiles} the proto paths
 * (relative to the proto root) that live in the catalog, sorted; {@code suppressions} per
 * catalog-relative file path: line number → rule IDs named by a {@code // catalog:ignore RULE_ID}
 * comment on that line; {@code texts} per catalog-relative path: the text of every .proto file
 * under the proto root as the loader read it (byte order mark included), for what needs the source
 * itself rather than Wire's model: statement positions, registry schema content, whether a file
 * changed. Copies of Google's well-known protos kept under the root are included, though the tool's
 * own are what is linked.
 */
public final class ProtoSchema {

  private final Schema schema;
  private final String protoRoot;
  private final List<String> catalogFiles;
  private final Map<String, Map<Integer, Set<String>>> suppressions;
  private final Map<String, String> texts;
  private final List<ProtoFile> files;
  private final Map<String, ProtoFile> byPath;
  private final List<MessageType> messages;
  private final ProtoFeatures features;

  public ProtoSchema(
      Schema schema,
      String protoRoot,
      List<String> catalogFiles,
      Map<String, Map<Integer, Set<String>>> suppressions,
      Map<String, String> texts) {
    this(schema, protoRoot, catalogFiles, suppressions, texts, Map.of());
  }

  /**
   * {@code lowered}: per proto path, what the loader recorded of a file it lowered to proto2 for
   * Wire (editions files, proto2 files with groups); see {@link ProtoFeatures}.
   */
  public ProtoSchema(
      Schema schema,
      String protoRoot,
      List<String> catalogFiles,
      Map<String, Map<Integer, Set<String>>> suppressions,
      Map<String, String> texts,
      Map<String, ProtoFeatures.FileFeatures> lowered) {
    this.schema = schema;
    this.features = new ProtoFeatures(schema, lowered);
    this.protoRoot = protoRoot;
    this.catalogFiles = List.copyOf(catalogFiles);
    this.suppressions = Map.copyOf(suppressions);
    this.texts = Map.copyOf(texts);
    Map<String, ProtoFile> byPath = new HashMap<>();
    for (ProtoFile file : schema.getProtoFiles()) {
      byPath.put(file.getLocation().getPath(), file);
    }
    List<ProtoFile> own = new ArrayList<>(this.catalogFiles.size());
    for (String path : this.catalogFiles) {
      ProtoFile file = byPath.get(path);
      if (file != null) {
        own.add(file);
      }
    }
    this.files = List.copyOf(own);
    this.byPath = Map.copyOf(byPath);
    List<MessageType> all = new ArrayList<>();
    for (ProtoFile file : files) {
      for (Type type : file.getTypes()) {
        collectMessages(type, all);
      }
    }
    this.messages = List.copyOf(all);
  }

  public Schema schema() {
    return schema;
  }

  /** The resolved features of every message, enum and field, for every syntax and edition. */
  public ProtoFeatures features() {
    return features;
  }

  public String protoRoot() {
    return protoRoot;
  }

  public List<String> catalogFiles() {
    return catalogFiles;
  }

  public Map<String, Map<Integer, Set<String>>> suppressions() {
    return suppressions;
  }

  public Map<String, String> texts() {
    return texts;
  }

  /** The text of the .proto file at a catalog-relative path, or null when there is none. */
  public String text(String catalogPath) {
    return texts.get(catalogPath);
  }

  /** The catalog-relative path of a proto path such as {@code acme/common/v1/envelope.proto}. */
  public String catalogPath(String protoPath) {
    return protoRoot.isEmpty() ? protoPath : protoRoot + "/" + protoPath;
  }

  /** Where a Wire element was declared, as a catalog-relative location. */
  public SourceLocation locate(Location location) {
    return new SourceLocation(
        catalogPath(location.getPath()), Math.max(location.getLine(), 0), location.getColumn());
  }

  /**
   * The linked file at a proto path (well-known types included), or null; indexed, where Wire's
   * {@code Schema.protoFile} scans every file.
   */
  public ProtoFile file(String protoPath) {
    return byPath.get(protoPath);
  }

  /** The files the catalog holds, in path order. */
  public List<ProtoFile> files() {
    return files;
  }

  /** Every message the catalog declares, nested ones included, in file then declaration order. */
  public List<MessageType> messages() {
    return messages;
  }

  private static void collectMessages(Type type, List<MessageType> into) {
    if (type instanceof MessageType message) {
      into.add(message);
    }
    for (Type nested : type.getNestedTypes()) {
      collectMessages(nested, into);
    }
  }

  /** The message with this fully qualified name, or null. */
  public MessageType message(String qualifiedName) {
    Type type = schema.getType(qualifiedName);
    return type instanceof MessageType message ? message : null;
  }

  /** Whether a {@code catalog:ignore} comment right above {@code location} names {@code rule}. */
  public boolean suppressed(SourceLocation location, String rule) {
    Map<Integer, Set<String>> byLine = suppressions.get(location.path());
    if (byLine == null) {
      return false;
    }
    return byLine.getOrDefault(location.line() - 1, Collections.emptySet()).contains(rule);
  }
}
