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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The elements of the catalog's own proto files that rules walk over beyond {@link
 * ProtoSchema#files()} and {@link ProtoSchema#messages()}: files by path, enums, the fields of a
 * message, and extension fields. The lists are built once per schema, as most rules need them.
 */
final class ProtoElements {

  private record Index(
      Map<String, ProtoFile> filesByPath, List<EnumType> enums, List<Field> extensionFields) {}

  private static final Map<ProtoSchema, Index> INDEX =
      Collections.synchronizedMap(new WeakHashMap<>());

  private ProtoElements() {}

  private static Index index(ProtoSchema protos) {
    return INDEX.computeIfAbsent(protos, ProtoElements::build);
  }

  private static Index build(ProtoSchema protos) {
    Map<String, ProtoFile> filesByPath = new HashMap<>();
    List<EnumType> enums = new ArrayList<>();
    List<Field> extensionFields = new ArrayList<>();
    for (ProtoFile file : protos.files()) {
      filesByPath.put(file.getLocation().getPath(), file);
      for (Type type : file.getTypes()) {
        collectEnums(type, enums);
      }
      for (Extend extend : extendBlocks(file)) {
        extensionFields.addAll(extend.getFields());
      }
    }
    return new Index(
        Collections.unmodifiableMap(filesByPath), List.copyOf(enums), List.copyOf(extensionFields));
  }

  private static void collectEnums(Type type, List<EnumType> into) {
    if (type instanceof EnumType enumType) {
      into.add(enumType);
    }
    for (Type nested : type.getNestedTypes()) {
      collectEnums(nested, into);
    }
  }

  /** The catalog's own files by proto path, such as {@code acme/common/v1/envelope.proto}. */
  static Map<String, ProtoFile> filesByPath(ProtoSchema protos) {
    return index(protos).filesByPath();
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
