package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Extend;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Type;
import dev.eventcontracts.model.ProtoSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The elements of the catalog's own proto files that rules walk over: files, messages, enums, the
 * fields of a message, and extension fields. Files are looked up in one pass over the schema, as
 * Wire's {@code Schema.protoFile(path)} scans every file on each call.
 */
final class ProtoElements {

  private ProtoElements() {}

  /** The files the catalog holds (not well-known ones), by proto path, in path order. */
  static Map<String, ProtoFile> files(ProtoSchema protos) {
    Set<String> own = new HashSet<>(protos.catalogFiles());
    Map<String, ProtoFile> files = new TreeMap<>();
    for (ProtoFile file : protos.schema().getProtoFiles()) {
      String path = file.getLocation().getPath();
      if (own.contains(path)) {
        files.put(path, file);
      }
    }
    return files;
  }

  /** Every message the catalog declares, nested ones included, in file then declaration order. */
  static List<MessageType> messages(ProtoSchema protos) {
    List<MessageType> messages = new ArrayList<>();
    for (ProtoFile file : files(protos).values()) {
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

  /** Every enum the catalog declares, nested ones included, in file then declaration order. */
  static List<EnumType> enums(ProtoSchema protos) {
    List<EnumType> enums = new ArrayList<>();
    for (ProtoFile file : files(protos).values()) {
      for (Type type : file.getTypes()) {
        collectEnums(type, enums);
      }
    }
    return enums;
  }

  private static void collectEnums(Type type, List<EnumType> into) {
    if (type instanceof EnumType enumType) {
      into.add(enumType);
    }
    for (Type nested : type.getNestedTypes()) {
      collectEnums(nested, into);
    }
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

  /** Every extension field the catalog's files declare, in file then declaration order. */
  static List<Field> extensionFields(ProtoSchema protos) {
    List<Field> fields = new ArrayList<>();
    for (ProtoFile file : files(protos).values()) {
      for (Extend extend : extendBlocks(file)) {
        fields.addAll(extend.getFields());
      }
    }
    return fields;
  }

  /**
   * Whether an element's comment says something. Wire files a {@code // catalog:ignore RULE_ID}
   * line above an element under its documentation; such directives document nothing.
   */
  static boolean documented(String documentation) {
    for (String line : documentation.split("\n")) {
      String text = line.strip();
      if (!text.isEmpty() && !text.startsWith("catalog:ignore") && !text.startsWith("buf:lint:")) {
        return true;
      }
    }
    return false;
  }
}
