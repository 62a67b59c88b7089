package dev.eventcontracts.breaking;

import com.squareup.wire.schema.EnumType;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Schema;
import com.squareup.wire.schema.Service;
import com.squareup.wire.schema.Type;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Encoding;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.Features;
import dev.eventcontracts.model.MessageGraph;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.SourceLocation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code catalog breaking} compares: the catalog at REF ({@code before}) and the catalog now
 * ({@code after}), with every message and enum the REF catalog declares under its proto root paired
 * by fully qualified name with its counterpart now, and the use (encoding, mode, events) each is
 * held to. A type reachable from an event's message through fields gets that event's encoding and
 * mode, in either catalog; any other type gets the catalog defaults.
 */
public final class CatalogPair {

  private final Catalog before;
  private final Catalog after;
  private final LocalDate today;
  private final Map<String, MessageUse> uses;
  private final MessageUse defaults;
  private final List<MessagePair> messages = new ArrayList<>();
  private final List<EnumPair> enums = new ArrayList<>();
  private final List<EventPair> events = new ArrayList<>();
  private List<FieldPair> fields;
  private List<FilePair> files;
  private List<ServicePair> services;
  private List<MessagePair> changedMessages;
  private final Set<String> beforeFiles;
  private final Set<String> afterFiles;

  private static final String CATALOG_FILE = "catalog.yaml";
  private static final String DOMAINS = "domains/";

  public CatalogPair(Catalog before, Catalog after, LocalDate today) {
    this.before = before;
    this.after = after;
    this.today = today;
    this.beforeFiles = new HashSet<>(before.files());
    this.afterFiles = new HashSet<>(after.files());
    this.defaults = defaults(before).merge(defaults(after));
    Map<String, MessageUse> reached = reached(before);
    reached(after).forEach((name, use) -> reached.merge(name, use, MessageUse::merge));
    this.uses = reached;
    pairTypes();
    Map<String, Event> now = after.eventsByName();
    before.eventsByName().forEach((name, event) -> events.add(new EventPair(event, now.get(name))));
  }

  public Catalog before() {
    return before;
  }

  public Catalog after() {
    return after;
  }

  /** The date exceptions expire and sunsets pass against. */
  public LocalDate today() {
    return today;
  }

  /** Every message REF declared under its proto root, nested ones included, in file order. */
  public List<MessagePair> messages() {
    return messages;
  }

  /** Every enum REF declared under its proto root, nested ones included, in file order. */
  public List<EnumPair> enums() {
    return enums;
  }

  /** Every event REF held, by name, with its counterpart now. */
  public List<EventPair> events() {
    return events;
  }

  /** The fields present in both versions of a message, by number. */
  public List<FieldPair> fields(MessagePair message) {
    List<FieldPair> pairs = new ArrayList<>();
    if (message.after() == null) {
      return pairs;
    }
    Map<Integer, Field> now = byNumber(message.after());
    for (Field field : message.before().getFieldsAndOneOfFields()) {
      Field counterpart = now.get(field.getTag());
      if (counterpart != null) {
        pairs.add(new FieldPair(message, field, counterpart));
      }
    }
    return pairs;
  }

  /**
   * Every field present in both versions of a changed message that is checked (not under NONE),
   * over all messages; computed once and shared by the rules.
   */
  public List<FieldPair> fields() {
    if (fields == null) {
      List<FieldPair> pairs = new ArrayList<>();
      for (MessagePair message : changedMessages()) {
        pairs.addAll(fields(message));
      }
      fields = List.copyOf(pairs);
    }
    return fields;
  }

  /** The messages that still exist, changed, and are checked: what the field rules look at. */
  public List<MessagePair> changedMessages() {
    if (changedMessages == null) {
      changedMessages =
          messages.stream()
              .filter(m -> m.after() != null && m.use().checked() && !m.unchanged())
              .toList();
    }
    return changedMessages;
  }

  /** The enums that still exist, changed, and are checked. */
  public List<EnumPair> changedEnums() {
    return enums.stream()
        .filter(e -> e.after() != null && e.use().checked() && !e.unchanged())
        .toList();
  }

  /**
   * Every proto file REF held under its proto root, in path order, paired by path with the file
   * now; each held to the strictest use of the types it declares (the defaults when it declares
   * none).
   */
  public List<FilePair> files() {
    if (files == null) {
      List<FilePair> pairs = new ArrayList<>();
      ProtoSchema then = before.protos();
      Set<String> own =
          after.protos() == null ? Set.of() : new HashSet<>(after.protos().catalogFiles());
      if (then != null) {
        for (ProtoFile file : then.files()) {
          String protoPath = file.getLocation().getPath();
          ProtoFile now = after.protos() == null ? null : after.protos().file(protoPath);
          if (now != null && !own.contains(protoPath)) {
            now = null;
          }
          pairs.add(new FilePair(then.catalogPath(protoPath), file, now));
        }
      }
      files = List.copyOf(pairs);
    }
    return files;
  }

  /**
   * The use a file REF held is held to: the strictest use of the types it declares, the defaults
   * when it declares none. Computed on demand, since merging the uses of many events costs.
   */
  public MessageUse use(FilePair file) {
    List<Type> types = new ArrayList<>();
    collect(file.before().getTypes(), types);
    MessageUse use = null;
    for (Type type : types) {
      MessageUse one = uses.getOrDefault(type.getType().toString(), defaults);
      use = use == null ? one : use.merge(one);
    }
    return use == null ? defaults : use;
  }

  /**
   * The RPCs REF and now both declare, of the services the catalog checks: what the rules that
   * compare one RPC with itself look at.
   */
  public List<ServicePair.RpcPair> keptRpcs() {
    List<ServicePair.RpcPair> kept = new ArrayList<>();
    for (ServicePair service : services()) {
      if (service.use().checked()) {
        for (ServicePair.RpcPair rpc : service.rpcs()) {
          if (rpc.after() != null) {
            kept.add(rpc);
          }
        }
      }
    }
    return kept;
  }

  /**
   * Every gRPC service REF declared under its proto root, in file order, paired by fully qualified
   * name with the service now; services are held to the catalog defaults, as no event carries one.
   */
  public List<ServicePair> services() {
    if (services == null) {
      Map<String, Service> now = new HashMap<>();
      if (after.protos() != null) {
        for (ProtoFile file : after.protos().files()) {
          for (Service service : file.getServices()) {
            now.put(service.type().toString(), service);
          }
        }
      }
      List<ServicePair> pairs = new ArrayList<>();
      if (before.protos() != null) {
        for (ProtoFile file : before.protos().files()) {
          for (Service service : file.getServices()) {
            pairs.add(new ServicePair(service, now.get(service.type().toString()), defaults));
          }
        }
      }
      services = List.copyOf(pairs);
    }
    return services;
  }

  public static Map<Integer, Field> byNumber(MessageType message) {
    Map<Integer, Field> fields = new LinkedHashMap<>();
    for (Field field : message.getFieldsAndOneOfFields()) {
      fields.put(field.getTag(), field);
    }
    return fields;
  }

  /** A Wire location in the catalog now, as a catalog-relative location. */
  public SourceLocation now(Location location) {
    return after.protos().locate(location);
  }

  /** A Wire location in the catalog at REF, as a catalog-relative location. */
  public SourceLocation then(Location location) {
    return before.protos().locate(location);
  }

  /**
   * Where to report something REF declared at {@code then}, so that SARIF results and annotations
   * have a file of the new tree to attach to: at {@code then} itself while its file still exists;
   * for a deleted {@code domains/<domain>/…} file (an event), at that domain's {@code domain.yaml}
   * if it still exists; for a deleted {@code .proto} file, at the first proto file left in the same
   * package directory; else at {@code catalog.yaml}. A moved location carries a note naming {@code
   * then}, path and line, for the message. A location in no file of REF (one in the catalog now)
   * stays as it is.
   */
  public NewTreeLocation inNewTree(SourceLocation then) {
    String path = then.path();
    if (afterFiles.contains(path) || !beforeFiles.contains(path)) {
      return new NewTreeLocation(then, "");
    }
    String instead = CATALOG_FILE;
    String directory = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    if (path.endsWith(".proto")) {
      for (String file : after.files()) {
        if (file.startsWith(directory)
            && file.endsWith(".proto")
            && file.indexOf('/', directory.length()) < 0) {
          instead = file;
          break;
        }
      }
    } else if (path.startsWith(DOMAINS) && path.indexOf('/', DOMAINS.length()) > 0) {
      String domainFile =
          path.substring(0, path.indexOf('/', DOMAINS.length()) + 1) + "domain.yaml";
      if (afterFiles.contains(domainFile)) {
        instead = domainFile;
      }
    }
    return new NewTreeLocation(
        new SourceLocation(instead, 1, 1),
        "It was declared at " + then + ", a file that no longer exists.");
  }

  /**
   * The catalog a Git revision without a catalog compares as (decision 0006): the settings of
   * {@code now} and nothing else. Every event, service and message is then added, and every setting
   * compares as unchanged, since nothing existed before that a setting could break.
   */
  public static Catalog empty(Catalog now) {
    return new Catalog(now.settings(), List.of(), List.of(), List.of(), null, List.of());
  }

  /** The schema now (never null when {@link #messages()} holds a counterpart). */
  public Schema schemaNow() {
    return after.protos().schema();
  }

  public Schema schemaThen() {
    return before.protos().schema();
  }

  /** A field's resolved features at REF (presence, UTF-8 validation, message encoding…). */
  public Features then(FieldPair field) {
    return before.protos().features().field(field.message().before(), field.before());
  }

  /** A field's resolved features now. */
  public Features now(FieldPair field) {
    return after.protos().features().field(field.message().after(), field.after());
  }

  /** An enum's resolved features at REF (open or closed, JSON format). */
  public Features then(EnumPair enumPair) {
    return before.protos().features().enumType(enumPair.before());
  }

  /** An enum's resolved features now; null when it was deleted. */
  public Features now(EnumPair enumPair) {
    return enumPair.after() == null ? null : after.protos().features().enumType(enumPair.after());
  }

  /** A message's resolved features at REF ({@code jsonFormat} applies to a message). */
  public Features then(MessagePair message) {
    return before.protos().features().message(message.before());
  }

  /** A message's resolved features now; null when it was deleted. */
  public Features now(MessagePair message) {
    return message.after() == null ? null : after.protos().features().message(message.after());
  }

  private void pairTypes() {
    ProtoSchema then = before.protos();
    if (then == null) {
      return;
    }
    Schema nowSchema = after.protos() == null ? null : after.protos().schema();
    for (ProtoFile file : then.files()) {
      boolean sameSource = sameSource(then, then.catalogPath(file.getLocation().getPath()));
      List<Type> ordered = new ArrayList<>();
      collect(file.getTypes(), ordered);
      for (Type type : ordered) {
        String name = type.getType().toString();
        Type counterpart = nowSchema == null ? null : nowSchema.getType(name);
        MessageUse use = uses.getOrDefault(name, defaults);
        if (type instanceof MessageType message) {
          messages.add(
              new MessagePair(
                  message, counterpart instanceof MessageType m ? m : null, use, sameSource));
        } else if (type instanceof EnumType enumType) {
          enums.add(
              new EnumPair(
                  enumType, counterpart instanceof EnumType e ? e : null, use, sameSource));
        }
      }
    }
  }

  /**
   * Whether a catalog file has the same bytes at REF and now: the loader decodes catalog protos
   * strictly as UTF-8, so equal texts mean equal bytes.
   */
  private boolean sameSource(ProtoSchema then, String path) {
    String now = after.protos() == null ? null : after.protos().text(path);
    return now != null && now.equals(then.text(path));
  }

  private static void collect(List<Type> types, List<Type> into) {
    for (Type type : types) {
      into.add(type);
      collect(type.getNestedTypes(), into);
    }
  }

  private static MessageUse defaults(Catalog catalog) {
    return MessageUse.of(
        catalog.settings().defaultEncoding(), catalog.settings().defaultCompatibility(), List.of());
  }

  /** Every type reachable from an event's message, with the use of the events reaching it. */
  private static Map<String, MessageUse> reached(Catalog catalog) {
    Map<String, Reach> reach = new HashMap<>();
    if (catalog.protos() != null) {
      Schema schema = catalog.protos().schema();
      for (Event event : catalog.events()) {
        if (event.schemaMessage() == null || event.name() == null) {
          continue;
        }
        for (String name : MessageGraph.reachable(schema, event.schemaMessage())) {
          if (schema.getType(name) != null) {
            reach.computeIfAbsent(name, n -> new Reach()).add(event);
          }
        }
      }
    }
    Map<String, MessageUse> uses = new HashMap<>();
    reach.forEach((name, r) -> uses.put(name, r.use()));
    return uses;
  }

  /** The events reaching one type, gathered before one {@link MessageUse} is made of them. */
  private static final class Reach {
    private final List<String> events = new ArrayList<>();
    private boolean json;
    private boolean backward;
    private boolean forward;

    void add(Event event) {
      events.add(event.name());
      json |= event.encoding() == Encoding.JSON;
      backward |= event.compatibility().backward();
      forward |= event.compatibility().forward();
    }

    MessageUse use() {
      return new MessageUse(json ? Encoding.JSON : Encoding.PROTOBUF, backward, forward, events);
    }
  }
}
