package dev.eventcontracts.model;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linked protos of a catalog: Wire's schema, and which of its files the catalog itself holds
 * (under {@code protoRoot}), as opposed to well-known types supplied by the tool.
 *
 * @param schema the linked schema, including well-known types
 * @param protoRoot the proto root relative to the catalog root ("" for the root itself)
 * @param catalogFiles the proto paths (relative to the proto root) that live in the catalog, sorted
 * @param suppressions per catalog-relative file path: line number → rule IDs named by a {@code //
 *     catalog:ignore RULE_ID} comment on that line
 */
public record ProtoSchema(
    Schema schema,
    String protoRoot,
    List<String> catalogFiles,
    Map<String, Map<Integer, Set<String>>> suppressions) {

  public ProtoSchema {
    catalogFiles = List.copyOf(catalogFiles);
    suppressions = Map.copyOf(suppressions);
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

  /** The files the catalog holds, in path order. */
  public List<ProtoFile> files() {
    List<ProtoFile> files = new ArrayList<>(catalogFiles.size());
    for (String path : catalogFiles) {
      ProtoFile file = schema.protoFile(path);
      if (file != null) {
        files.add(file);
      }
    }
    return files;
  }

  /** Every message the catalog declares, nested ones included, in file then declaration order. */
  public List<MessageType> messages() {
    List<MessageType> messages = new ArrayList<>();
    for (ProtoFile file : files()) {
      for (Type type : file.getTypes()) {
        collectMessages(type, messages);
      }
    }
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
