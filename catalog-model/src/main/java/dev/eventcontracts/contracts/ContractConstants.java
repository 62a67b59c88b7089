package dev.eventcontracts.contracts;

import com.squareup.wire.schema.MessageType;
import com.squareup.wire.schema.ProtoFile;
import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Environment;
import dev.eventcontracts.model.Event;
import dev.eventcontracts.model.HeaderSpec;
import dev.eventcontracts.model.ProtoSchema;
import dev.eventcontracts.model.SubjectNameStrategy;
import dev.eventcontracts.model.Topic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The catalog constants: one class per event beside its message class, {@code <Event>Contract}
 * (topics, the {@code event-type} value, encoding, classification, tenancy, subjects, required
 * headers), and one class for the catalog's header contract, {@code CatalogHeaders} by default
 * (header names, an enum of the allowed values where the contract lists them). docs/contracts.md
 * documents every name.
 */
public final class ContractConstants {

  /** The simple name of the header contract class when none is configured. */
  public static final String HEADERS_CLASS = "CatalogHeaders";

  /** What an event's class is named after its event: {@code MessageSent} → this + suffix. */
  public static final String EVENT_CLASS_SUFFIX = "Contract";

  private final Catalog catalog;
  private final String headersPackage;
  private final String headersClass;

  private ContractConstants(Catalog catalog, String headersClass) {
    this.catalog = catalog;
    if (headersClass == null || headersClass.isBlank()) {
      this.headersPackage = commonPackage(catalog);
      this.headersClass = HEADERS_CLASS;
    } else {
      int dot = headersClass.lastIndexOf('.');
      this.headersPackage = dot < 0 ? "" : headersClass.substring(0, dot);
      this.headersClass = headersClass.substring(dot + 1);
    }
  }

  /**
   * Every constants source of the catalog. {@code headersClass} is the fully qualified name of the
   * header contract class, or null for {@code CatalogHeaders} in the longest Java package the
   * events' message classes share. An event whose message is not in the protos is exit 2.
   */
  public static List<JavaSource> generate(Catalog catalog, String headersClass) {
    ContractConstants constants = new ContractConstants(catalog, headersClass);
    List<JavaSource> sources = new ArrayList<>();
    sources.add(constants.headers());
    for (Event event : catalog.eventsByName().values()) {
      sources.add(constants.event(event));
    }
    return sources;
  }

  /** The Java class of an event's message, or exit 2 when the protos lack it. */
  public static JavaLocation messageClass(Catalog catalog, Event event) {
    ProtoSchema protos = catalog.protos();
    MessageType message =
        protos == null || event.schemaMessage() == null
            ? null
            : protos.message(event.schemaMessage());
    if (message == null) {
      throw CatalogException.input(
          event.positions().of("schema.message")
              + ": event "
              + event.name()
              + " names message "
              + event.schemaMessage()
              + ", which is not under protoRoot; constants are generated beside the message class");
    }
    ProtoFile file = protos.file(message.getLocation().getPath());
    return JavaLocation.of(file, event.schemaMessage());
  }

  private String headersQualified() {
    return headersPackage.isEmpty() ? headersClass : headersPackage + "." + headersClass;
  }

  private JavaSource headers() {
    Source s = new Source(headersPackage);
    s.line("/**");
    s.line(
        " * The header contract of catalog "
            + JavaNames.doc(catalog.settings().name())
            + ": the name of every header its records carry and, where the contract lists them,");
    s.line(" * the values a header allows. Generated from catalog.yaml; do not edit.");
    s.line(" */");
    s.line("public final class " + headersClass + " {");
    s.line();
    s.line("  private " + headersClass + "() {}");
    List<String> names = new ArrayList<>();
    for (HeaderSpec header : catalog.settings().headers()) {
      s.line();
      s.line("  /** Header {@code " + JavaNames.doc(header.name()) + "}: " + when(header) + " */");
      s.line(
          "  public static final String "
              + JavaNames.constant(header.name())
              + " = "
              + JavaNames.literal(header.name())
              + ";");
      names.add(JavaNames.constant(header.name()));
    }
    s.line();
    s.line("  /** Every header of the catalog's contract, in catalog.yaml's order. */");
    s.line(
        "  public static final java.util.List<String> ALL = java.util.List.of("
            + String.join(", ", names)
            + ");");
    for (HeaderSpec header : catalog.settings().headers()) {
      if (!header.values().isEmpty()) {
        valuesEnum(s, header);
      }
    }
    s.line("}");
    return JavaSource.of(headersPackage, headersClass, s.text());
  }

  private static String when(HeaderSpec header) {
    if (header.required()) {
      return "required on every record.";
    }
    if (header.requiredWhen() != null) {
      return "required when " + JavaNames.doc(header.requiredWhen()) + ".";
    }
    return "optional.";
  }

  private static void valuesEnum(Source s, HeaderSpec header) {
    String type = JavaNames.type(header.name());
    s.line();
    s.line("  /** The values header {@code " + JavaNames.doc(header.name()) + "} allows. */");
    s.line("  public enum " + type + " {");
    List<String> values = header.values();
    for (int i = 0; i < values.size(); i++) {
      s.line(
          "    "
              + JavaNames.constant(values.get(i))
              + "("
              + JavaNames.literal(values.get(i))
              + ")"
              + (i + 1 < values.size() ? "," : ";"));
    }
    s.line();
    s.line("    private final String value;");
    s.line();
    s.line("    " + type + "(String value) {");
    s.line("      this.value = value;");
    s.line("    }");
    s.line();
    s.line("    /** The value as it travels in the header. */");
    s.line("    public String value() {");
    s.line("      return value;");
    s.line("    }");
    s.line();
    s.line("    /** The constant for a header value; IllegalArgumentException for any other. */");
    s.line("    public static " + type + " of(String value) {");
    s.line("      for (" + type + " v : values()) {");
    s.line("        if (v.value.equals(value)) {");
    s.line("          return v;");
    s.line("        }");
    s.line("      }");
    s.line(
        "      throw new IllegalArgumentException(\"header "
            + JavaNames.literal(header.name()).replace("\"", "")
            + " does not allow \\\"\" + value + \"\\\"\");");
    s.line("    }");
    s.line("  }");
  }

  private JavaSource event(Event event) {
    JavaLocation message = messageClass(catalog, event);
    String className = event.name() + EVENT_CLASS_SUFFIX;
    Source s = new Source(message.javaPackage());
    s.line("/**");
    s.line(
        " * The catalog contract of event "
            + event.name()
            + ", whose payload is {@link "
            + message.className()
            + "}. Generated from");
    s.line(" * " + JavaNames.doc(event.file()) + "; do not edit.");
    s.line(" */");
    s.line("public final class " + className + " {");
    s.line();
    s.line("  private " + className + "() {}");
    constant(s, "The event's name in the catalog.", "String", "EVENT", event.name());
    constant(
        s,
        "The value of header {@code event-type} on the event's records: the event's name.",
        "String",
        "EVENT_TYPE",
        event.name());
    constant(
        s,
        "The fully qualified proto message of the payload.",
        "String",
        "MESSAGE",
        event.schemaMessage());
    if (event.version() != null) {
      s.line();
      s.line("  /** The contract's major version. */");
      s.line("  public static final int VERSION = " + event.version() + ";");
    }
    List<String> topics = event.topics().stream().map(Topic::name).toList();
    if (!topics.isEmpty()) {
      constant(
          s,
          "The topic the event is published on (the first, when there are several).",
          "String",
          "TOPIC",
          topics.get(0));
    }
    s.line();
    s.line("  /** Every topic the event is published on, in the catalog's order. */");
    s.line(
        "  public static final java.util.List<String> TOPICS = "
            + list(topics, JavaNames::literal)
            + ";");
    constant(
        s,
        "How the payload is encoded: protobuf or json (the proto3 JSON mapping).",
        "String",
        "ENCODING",
        event.encoding() == null ? null : event.encoding().id());
    constant(
        s,
        "The payload's data classification: public, internal or confidential.",
        "String",
        "CLASSIFICATION",
        event.classification() == null ? null : event.classification().id());
    constant(
        s,
        "Whether a record stream carries one tenant or many: single or multi.",
        "String",
        "TENANCY",
        event.tenancy() == null ? null : event.tenancy().id());
    subjects(s, event, topics);
    eventHeaders(s, event);
    s.line("}");
    return JavaSource.of(message.javaPackage(), className, s.text());
  }

  private void subjects(Source s, Event event, List<String> topics) {
    SubjectNameStrategy strategy =
        catalog.settings().subjectNameStrategy() == null
            ? SubjectNameStrategy.TOPIC
            : catalog.settings().subjectNameStrategy();
    if (topics.isEmpty()) {
      return;
    }
    String subject = strategy.subject(topics.get(0), event.schemaMessage());
    constant(
        s,
        "The Schema Registry subject of {@code TOPIC} (strategy " + strategy.id() + ").",
        "String",
        "SUBJECT",
        subject);
    Map<String, String> byTopic = new LinkedHashMap<>();
    topics.forEach(t -> byTopic.put(t, strategy.subject(t, event.schemaMessage())));
    s.line();
    s.line("  /** The Schema Registry subject of each topic: topic → subject. */");
    s.line(
        "  public static final java.util.Map<String, String> TOPIC_SUBJECTS = "
            + map(byTopic)
            + ";");
    Map<String, String> byEnvironment = new LinkedHashMap<>();
    for (Environment env : catalog.settings().environments()) {
      byEnvironment.put(env.name(), subject);
    }
    s.line();
    s.line("  /**");
    s.line(
        "   * The subject of {@code TOPIC} in each environment's registry: environment → subject (a");
    s.line(
        "   * registry context, where catalog.yaml sets one, is part of the registry's URL, not of the");
    s.line("   * subject).");
    s.line("   */");
    s.line(
        "  public static final java.util.Map<String, String> SUBJECTS = "
            + map(byEnvironment)
            + ";");
  }

  private void eventHeaders(Source s, Event event) {
    List<String> required = new ArrayList<>();
    for (HeaderSpec header : catalog.settings().headers()) {
      if (header.requiredFor(event)) {
        required.add(headersQualified() + "." + JavaNames.constant(header.name()));
      }
    }
    for (HeaderSpec header : event.headers()) {
      String name = JavaNames.constant(header.name()) + "_HEADER";
      constant(
          s,
          "Header {@code "
              + JavaNames.doc(header.name())
              + "}, which this event adds to the catalog's contract: "
              + when(header),
          "String",
          name,
          header.name());
      if (header.requiredFor(event)) {
        required.add(name);
      }
      if (!header.values().isEmpty()) {
        valuesEnum(s, header);
      }
    }
    s.line();
    s.line("  /** The headers every record of this event must carry. */");
    s.line(
        "  public static final java.util.List<String> REQUIRED_HEADERS = "
            + list(required, Function.identity())
            + ";");
  }

  private static void constant(Source s, String doc, String type, String name, String value) {
    s.line();
    s.line("  /** " + doc + " */");
    s.line("  public static final " + type + " " + name + " = " + JavaNames.literal(value) + ";");
  }

  private static String list(List<String> values, Function<String, String> render) {
    return "java.util.List.of(" + String.join(", ", values.stream().map(render).toList()) + ")";
  }

  private static String map(Map<String, String> entries) {
    List<String> rendered = new ArrayList<>();
    entries.forEach(
        (k, v) ->
            rendered.add(
                "java.util.Map.entry(" + JavaNames.literal(k) + ", " + JavaNames.literal(v) + ")"));
    return "java.util.Map.ofEntries(" + String.join(", ", rendered) + ")";
  }

  /** The longest Java package that every event's message class lies in. */
  private static String commonPackage(Catalog catalog) {
    List<String> common = null;
    for (Event event : catalog.eventsByName().values()) {
      List<String> parts = split(messageClass(catalog, event).javaPackage());
      if (common == null) {
        common = parts;
      } else {
        int n = 0;
        while (n < common.size() && n < parts.size() && common.get(n).equals(parts.get(n))) {
          n++;
        }
        common = common.subList(0, n);
      }
    }
    return common == null ? "" : String.join(".", common);
  }

  private static List<String> split(String javaPackage) {
    return javaPackage.isEmpty() ? List.of() : List.of(javaPackage.split("\\."));
  }

  /** A source file being written, with its package clause. */
  private static final class Source {
    private final StringBuilder text = new StringBuilder();

    Source(String javaPackage) {
      text.append("// Generated by catalog generate from the event catalog. Do not edit.\n");
      if (!javaPackage.isEmpty()) {
        text.append("package ").append(javaPackage).append(";\n\n");
      }
    }

    void line() {
      text.append('\n');
    }

    void line(String line) {
      text.append(line).append('\n');
    }

    String text() {
      return text.toString();
    }
  }
}
