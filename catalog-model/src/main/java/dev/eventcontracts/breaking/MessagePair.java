package dev.eventcontracts.breaking;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import java.util.List;
import java.util.Objects;

/**
 * A message as REF had it and as it is now ({@code after} null when deleted), and its use. {@code
 * sameSource} is true when the file declaring it is byte for byte the same in both catalogs.
 */
public record MessagePair(
    MessageType before, MessageType after, MessageUse use, boolean sameSource) {

  /**
   * Whether the message reads exactly as before: declared in an unchanged file, with every field
   * resolving to the same type. No schema rule can fire on such a message, which is most of them in
   * a typical change.
   */
  public boolean unchanged() {
    if (after == null || !sameSource) {
      return false;
    }
    List<Field> then = before.getFieldsAndOneOfFields();
    List<Field> now = after.getFieldsAndOneOfFields();
    if (then.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < then.size(); i++) {
      if (!Objects.equals(then.get(i).getType(), now.get(i).getType())) {
        return false;
      }
    }
    return true;
  }

  public String name() {
    return before.getType().getSimpleName();
  }

  public String qualifiedName() {
    return before.getType().toString();
  }
}
