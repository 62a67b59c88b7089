package dev.eventcontracts.model;

import com.squareup.wire.Syntax;
import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Type;
import java.util.Map;
import java.util.Set;

/**
 * The resolved {@link Features} of every message, enum and field of a linked schema, whatever the
 * file's syntax. Editions files and proto2 files with groups are handed to Wire lowered to proto2
 * (decision 0013); what the lowering cannot say in proto2 terms is kept here per file, and every
 * other file's features follow from its syntax, computed when asked.
 */
public final class ProtoFeatures {

  /**
   * What the loader recorded for one lowered file: its {@code edition} ({@code "2023"}, {@code
   * "2024"}, or {@code "proto2"} for a proto2 file with groups); the resolved features of its
   * messages and enums by fully qualified name and of its fields by {@code Message#number} (empty
   * for a proto2 file, whose features its syntax gives); and the fields that were groups.
   */
  public record FileFeatures(
      String edition,
      Map<String, Features> types,
      Map<String, Features> fields,
      Set<String> groups) {

    public FileFeatures {
      types = Map.copyOf(types);
      fields = Map.copyOf(fields);
      groups = Set.copyOf(groups);
    }
  }

  private final Schema schema;
  private final Map<String, FileFeatures> lowered;

  public ProtoFeatures(Schema schema, Map<String, FileFeatures> lowered) {
    this.schema = schema;
    this.lowered = Map.copyOf(lowered);
  }

  /** The key of a field in {@link FileFeatures#fields()}: {@code acme.v1.Message#3}. */
  public static String fieldKey(String message, int number) {
    return message + "#" + number;
  }

  /**
   * {@code proto2}, {@code proto3}, or the edition ({@code 2023}, {@code 2024}) of the file at a
   * proto path.
   */
  public String edition(String protoPath, Syntax syntax) {
    FileFeatures file = lowered.get(protoPath);
    if (file != null) {
      return file.edition();
    }
    return syntax == Syntax.PROTO_3 ? "proto3" : "proto2";
  }

  /** Whether the file at a proto path is written in an edition rather than a syntax. */
  public boolean editions(String protoPath) {
    FileFeatures file = lowered.get(protoPath);
    return file != null && !file.edition().startsWith("proto");
  }

  /** A message's features ({@code jsonFormat} is what applies to it). */
  public Features message(MessageType message) {
    Features recorded = recorded(message).get(message.getType().toString());
    return recorded != null ? recorded : bySyntax(message.getSyntax());
  }

  /** An enum's features ({@code enumType} and {@code jsonFormat} apply to it). */
  public Features enumType(EnumType type) {
    FileFeatures file = lowered.get(type.getLocation().getPath());
    Features recorded = file == null ? null : file.types().get(type.getType().toString());
    return recorded != null ? recorded : bySyntax(type.getSyntax());
  }

  /** The JSON format a message or enum supports. */
  public Features.JsonFormat jsonFormat(Type type) {
    if (type instanceof MessageType message) {
      return message(message).jsonFormat();
    }
    if (type instanceof EnumType enumType) {
      return enumType(enumType).jsonFormat();
    }
    return Features.JsonFormat.ALLOW;
  }

  /** A field's features, with its effective presence. */
  public Features field(MessageType owner, Field field) {
    FileFeatures file = lowered.get(owner.getLocation().getPath());
    String key = fieldKey(owner.getType().toString(), field.getTag());
    Features recorded = file == null ? null : file.fields().get(key);
    Features features;
    if (recorded != null) {
      features = recorded;
      if (features.fieldPresence() == Features.FieldPresence.IMPLICIT
          && (inOneof(owner, field) || messageTyped(field))) {
        features = features.withFieldPresence(Features.FieldPresence.EXPLICIT);
      }
    } else {
      features = legacy(owner, field);
    }
    if (file != null && file.groups().contains(key)) {
      features = features.withMessageEncoding(Features.MessageEncoding.DELIMITED);
    }
    return features;
  }

  private Map<String, Features> recorded(MessageType message) {
    FileFeatures file = lowered.get(message.getLocation().getPath());
    return file == null ? Map.of() : file.types();
  }

  private static Features bySyntax(Syntax syntax) {
    return syntax == Syntax.PROTO_3 ? Features.PROTO3 : Features.PROTO2;
  }

  /** proto2 and proto3 fields: presence from the label, packed from the option and the syntax. */
  private Features legacy(MessageType owner, Field field) {
    boolean proto3 = owner.getSyntax() == Syntax.PROTO_3;
    Features features = proto3 ? Features.PROTO3 : Features.PROTO2;
    if (field.isRequired()) {
      features = features.withFieldPresence(Features.FieldPresence.LEGACY_REQUIRED);
    } else if (proto3
        && (field.getLabel() == Field.Label.OPTIONAL
            || inOneof(owner, field)
            || messageTyped(field))) {
      features = features.withFieldPresence(Features.FieldPresence.EXPLICIT);
    }
    String packed = packedOption(field);
    if (packed != null) {
      features =
          features.withRepeatedFieldEncoding(
              packed.equals("true")
                  ? Features.RepeatedFieldEncoding.PACKED
                  : Features.RepeatedFieldEncoding.EXPANDED);
    }
    return features;
  }

  private static String packedOption(Field field) {
    for (var option : field.getOptions().getElements()) {
      if (option.getName().equals("packed")) {
        return String.valueOf(option.getValue());
      }
    }
    return null;
  }

  private static boolean inOneof(MessageType owner, Field field) {
    for (OneOf oneOf : owner.getOneOfs()) {
      if (oneOf.getFields().contains(field)) {
        return true;
      }
    }
    return false;
  }

  private boolean messageTyped(Field field) {
    return field.getType() != null
        && !field.getType().isScalar()
        && !field.getType().isMap()
        && schema.getType(field.getType()) instanceof MessageType;
  }
}
