package dev.eventcontracts.rule.lint;

import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Encoding;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.HeaderSpec;
import dev.eventcontracts.rule.Category;
import dev.eventcontracts.rule.Findings;
import dev.eventcontracts.rule.LintRule;
import dev.eventcontracts.rule.RuleInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    id = "EVENT_HEADER_CONTRACT",
    category = Category.GOVERNANCE,
    summary =
        "An event's own headers do not contradict the catalog's header contract: no values outside"
            + " those the catalog allows, no header spelled like a contract header with other case,"
            + " no content-encoding that excludes the event's encoding, no header listed twice.")
public final class EventHeaderContract implements LintRule {

  static final String ENCODING_HEADER = "content-encoding";

  @Override
  public void check(Catalog catalog, Findings out) {
    Map<String, HeaderSpec> contract = new HashMap<>();
    Map<String, String> byLowerCase = new HashMap<>();
    for (HeaderSpec header : catalog.settings().headers()) {
      if (header.name() != null) {
        contract.put(header.name(), header);
        byLowerCase.put(header.name().toLowerCase(Locale.ROOT), header.name());
      }
    }
    for (Event event : catalog.events()) {
      Set<String> seen = new HashSet<>();
      for (HeaderSpec own : event.headers()) {
        String name = own.name();
        if (name == null) {
          continue;
        }
        if (!seen.add(name)) {
          out.report(own.location(), event.name(), "Header \"" + name + "\" is listed twice.");
          continue;
        }
        String canonical = byLowerCase.get(name.toLowerCase(Locale.ROOT));
        if (canonical != null && !canonical.equals(name)) {
          out.report(
              own.location(),
              event.name(),
              "Header \""
                  + name
                  + "\" differs only in case from the contract header \""
                  + canonical
                  + "\"; Kafka header names are case-sensitive, use \""
                  + canonical
                  + "\".");
          continue;
        }
        HeaderSpec base = contract.get(name);
        if (base != null && !base.values().isEmpty() && !own.values().isEmpty()) {
          List<String> extra = new ArrayList<>(own.values());
          extra.removeAll(base.values());
          if (!extra.isEmpty()) {
            out.report(
                own.location(),
                event.name(),
                "Header \""
                    + name
                    + "\" allows "
                    + quoted(extra)
                    + ", which the catalog's contract does not allow (allowed: "
                    + quoted(base.values())
                    + ").");
            continue;
          }
        }
        if (ENCODING_HEADER.equals(name) && !own.values().isEmpty()) {
          List<String> fitting = fitting(event.encoding());
          if (own.values().stream().noneMatch(fitting::contains)) {
            out.report(
                own.location(),
                event.name(),
                "Header \""
                    + name
                    + "\" allows only "
                    + quoted(own.values())
                    + " but event \""
                    + event.name()
                    + "\" is encoded as "
                    + event.encoding().id()
                    + "; allow "
                    + quoted(fitting)
                    + ".");
          }
        }
      }
    }
  }

  private static List<String> fitting(Encoding encoding) {
    return encoding == Encoding.JSON ? List.of("json") : List.of("protobuf", "base64-protobuf");
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
  }
}
