package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Extend;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import dev.eventcontracts.model.ProtoSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * The elements of the catalog's own proto files that rules walk over: files, messages, enums, the
 * fields of a message, and extension fields. Files are looked up in one pass over the schema, as
 * Wire's {@code Schema.protoFile(path)} scans every file on each call, and the lists are built once
 * per linked schema.
 */
final class ProtoElements {

  /** What the rules walk, collected once per linked schema: most rules need the same lists. */
  private record Index(
      Map<String, ProtoFile> files,
      List<MessageType> messages,
      List<EnumType> enums,
      List<Field> extensionFields) {}

  private static final Map<Schema, Index> INDEX = Collections.synchronizedMap(new WeakHashMap<>());

  private ProtoElements() {}

  private static Index index(ProtoSchema protos) {
    return INDEX.computeIfAbsent(protos.schema(), schema -> build(protos));
  }

  private static Index build(ProtoSchema protos) {
    Set<String> own = new HashSet<>(protos.catalogFiles());
    Map<String, ProtoFile> files = new TreeMap<>();
    for (ProtoFile file : protos.schema().getProtoFiles()) {
      String path = file.getLocation().getPath();
      if (own.contains(path)) {
        files.put(path, file);
      }
    }
    List<MessageType> messages = new ArrayList<>();
    List<EnumType> enums = new ArrayList<>();
    List<Field> extensionFields = new ArrayList<>();
    for (ProtoFile file : files.values()) {
      for (Type type : file.getTypes()) {
        collect(type, messages, enums);
      }
      for (Extend extend : extendBlocks(file)) {
        extensionFields.addAll(extend.getFields());
      }
    }
    return new Index(
        Collections.unmodifiableMap(files),
        List.copyOf(messages),
        List.copyOf(enums),
        List.copyOf(extensionFields));
  }

  private static void collect(Type type, List<MessageType> messages, List<EnumType> enums) {
    if (type instanceof MessageType message) {
      messages.add(message);
    } else if (type instanceof EnumType enumType) {
      enums.add(enumType);
    }
    for (Type nested : type.getNestedTypes()) {
      collect(nested, messages, enums);
    }
  }

  /** The files the catalog holds (not well-known ones), by proto path, in path order. */
  static Map<String, ProtoFile> files(ProtoSchema protos) {
    return index(protos).files();
  }

  /** Every message the catalog declares, nested ones included, in file then declaration order. */
  static List<MessageType> messages(ProtoSchema protos) {
    return index(protos).messages();
  }

  /** Every enum the catalog declares, nested ones included, in file then declaration order. */
  static List<EnumType> enums(ProtoSchema protos) {
    return index(protos).enums();
  }

  /** Every extension field the catalog's files declare, in file then declaration order. */
  static List<Field> extensionFields(ProtoSchema protos) {
    return index(protos).extensionFields();
  }

  /** The fields a message declares, oneof members included, extensions from elsewhere not. */
  static List<Field> fields(MessageType message) {
    List<Field> fields = new ArrayList<>(message.getDeclaredFields());
    for (OneOf oneOf : message.getOneOfs()) {
      fields.addAll(oneOf.getFields());
    }
    return fields;
  }

  /** The {@code extend} blocks of a file, those nested in its messages included. */
  static List<Extend> extendBlocks(ProtoFile file) {
    List<Extend> blocks = new ArrayList<>(file.getExtendList());
    for (Type type : file.getTypes()) {
      collectExtendBlocks(type, blocks);
    }
    return blocks;
  }

  private static void collectExtendBlocks(Type type, List<Extend> into) {
    into.addAll(type.getNestedExtendList());
    for (Type nested : type.getNestedTypes()) {
      collectExtendBlocks(nested, into);
    }
  }

  /**
   * Whether an element's comment says something. Wire files a {@code // catalog:ignore RULE_ID}
   * line above an element under its documentation; such directives document nothing.
   */
  static boolean documented(String documentation) {
    int start = 0;
    while (start < documentation.length()) {
      int end = documentation.indexOf('\n', start);
      if (end < 0) {
        end = documentation.length();
      }
      int first = start;
      while (first < end && Character.isWhitespace(documentation.charAt(first))) {
        first++;
      }
      if (first < end
          && !documentation.startsWith("catalog:ignore", first)
          && !documentation.startsWith("buf:lint:", first)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }
}
