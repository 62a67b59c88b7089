package dev.eventcontracts.rule.lint;

import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.MessageType;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.HeaderSpec;
import dev.eventcontracts.model.Tenancy;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.ArrayList;
import java.util.List;

@RuleInfo(
    id = "EVENT_MULTI_TENANT_ID",
    category = Category.GOVERNANCE,
    summary =
        "A multi-tenant event carries tenant_id in its payload (at the top or in a nested message"
            + " field) or a required tenant header, so every record can be routed to its tenant.")
public final class EventMultiTenantId implements LintRule {

  static final String TENANT_FIELD = "tenant_id";
  static final String TENANT_HEADER = "tenant-id";

  @Override
  public void check(Catalog catalog, Findings out) {
    if (catalog.protos() == null) {
      return;
    }
    for (Event event : catalog.events()) {
      if (event.tenancy() != Tenancy.MULTI || event.schemaMessage() == null) {
        continue;
      }
      MessageType message = catalog.protos().message(event.schemaMessage());
      if (message == null || hasTenantHeader(catalog, event)) {
        continue;
      }
      if (!carriesTenantId(catalog, message)) {
        out.report(
            event.positions().of("tenancy"),
            event.name(),
            "Multi-tenant event \""
                + event.name()
                + "\" carries no \"tenant_id\" in message \""
                + event.schemaMessage()
                + "\" and no required \"tenant-id\" header; add the field (or an envelope"
                + " holding it).");
      }
    }
  }

  private static boolean hasTenantHeader(Catalog catalog, Event event) {
    List<HeaderSpec> headers = new ArrayList<>(catalog.settings().headers());
    headers.addAll(event.headers());
    return headers.stream().anyMatch(h -> TENANT_HEADER.equals(h.name()) && h.requiredFor(event));
  }

  /** tenant_id at the top of the message or one level down, in a message-typed field. */
  private static boolean carriesTenantId(Catalog catalog, MessageType message) {
    if (message.field(TENANT_FIELD) != null) {
      return true;
    }
    for (Field field : message.getFieldsAndOneOfFields()) {
      if (field.getType() != null && !field.getType().isScalar() && !field.isRepeated()) {
        MessageType nested = catalog.protos().message(field.getType().toString());
        if (nested != null && nested.field(TENANT_FIELD) != null) {
          return true;
        }
      }
    }
    return false;
  }
}
