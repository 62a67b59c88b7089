package dev.eventcontracts.rule.breaking;

import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.Type;
import dev.eventcontracts.breaking.CatalogPair;
import dev.eventcontracts.breaking.MessageUse;
import dev.eventcontracts.model.SourceLocation;

/** Where a deletion is reported, and which event it still concerns. */
final class Deletions {

  private Deletions() {}

  /**
   * The enclosing message now, when it survived (so the finding shows in the changed file and a
   * {@code catalog:ignore} comment can sit above it); else where REF declared the deleted type.
   */
  static SourceLocation where(CatalogPair pair, ProtoType deleted, Location declaredThen) {
    if (pair.after().protos() != null) {
      String enclosing = deleted.getEnclosingTypeOrPackage();
      Type parent = enclosing == null ? null : pair.schemaNow().getType(enclosing);
      if (parent != null) {
        return pair.now(parent.getLocation());
      }
    }
    return pair.then(declaredThen);
  }

  /** The first event reaching the deleted type that the catalog still holds, or null. */
  static String liveEvent(CatalogPair pair, MessageUse use) {
    for (String event : use.events()) {
      if (pair.after().event(event).isPresent()) {
        return event;
      }
    }
    return null;
  }
}
