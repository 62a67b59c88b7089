package dev.eventcontracts.breaking;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.OneOf;

/**
 * One field number of a message present before and after: the field as REF had it and as it is now.
 * Matching is by number, as the binary wire matches.
 */
public record FieldPair(MessagePair message, Field before, Field after) {

  public MessageUse use() {
    return message.use();
  }

  public int number() {
    return after.getTag();
  }

  /** {@code Field "4" with name "body" on message "MessageSent"}, as buf names a field. */
  public String describe() {
    return describe(after, message.name());
  }

  public static String describe(Field field, String messageName) {
    return "Field \""
        + field.getTag()
        + "\" with name \""
        + field.getName()
        + "\" on message \""
        + messageName
        + "\"";
  }

  /** The effective JSON name: the declared {@code json_name}, else the lowerCamelCase name. */
  public static String jsonName(Field field) {
    String declared = field.getDeclaredJsonName();
    if (declared != null) {
      return declared;
    }
    return lowerCamel(field.getName());
  }

  /** The JSON name protoc derives from a field name: {@code body_text} → {@code bodyText}. */
  public static String lowerCamel(String name) {
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else if (upper) {
        camel.append(Character.toUpperCase(c));
        upper = false;
      } else {
        camel.append(c);
      }
    }
    return camel.toString();
  }

  /** The name of the oneof holding {@code field} in {@code message}, or null. */
  public static String oneofOf(MessageType message, Field field) {
    for (OneOf oneOf : message.getOneOfs()) {
      for (Field member : oneOf.getFields()) {
        if (member.getTag() == field.getTag()) {
          return oneOf.getName();
        }
      }
    }
    return null;
  }
}
