package dev.eventcontracts.load;

import com.squareup.wire.Syntax;
import com.squareup.wire.schema.Field;
import com.squareup.wire.schema.Location;
import com.squareup.wire.schema.ProtoType;
import com.squareup.wire.schema.internal.parser.EnumConstantElement;
import com.squareup.wire.schema.internal.parser.EnumElement;
import com.squareup.wire.schema.internal.parser.ExtendElement;
import com.squareup.wire.schema.internal.parser.FieldElement;
import com.squareup.wire.schema.internal.parser.GroupElement;
import com.squareup.wire.schema.internal.parser.MessageElement;
import com.squareup.wire.schema.internal.parser.OneOfElement;
import com.squareup.wire.schema.internal.parser.OptionElement;
import com.squareup.wire.schema.internal.parser.ProtoFileElement;
import com.squareup.wire.schema.internal.parser.RpcElement;
import com.squareup.wire.schema.internal.parser.ServiceElement;
import com.squareup.wire.schema.internal.parser.TypeElement;
import dev.eventcontracts.model.Features;
import dev.eventcontracts.model.ProtoFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what Wire's parser refuses into proto2 it links (decision 0013), keeping every element's
 * line and column: an editions file ({@code edition = "2023"} or {@code "2024"}) and a proto2 file
 * with groups. The features the proto2 form cannot carry (open enums, packed and UTF-8 defaults,
 * delimited encoding, JSON format) are resolved here, with the edition's defaults and inheritance,
 * and handed to the model as {@link ProtoFeatures.FileFeatures}. The text the catalog holds is
 * untouched; only Wire sees the lowered form.
 */
final class ProtoLowering {

  /** A problem at a line and column of the file, for the loader to report. */
  record Problem(int line, int column, String message) {}

  /** A file Wire links, with the features the model keeps for it. */
  record Lowered(ProtoFileElement element, ProtoFeatures.FileFeatures features) {}

  /** An editions file's text made parseable by Wire (still proto3 to Wire's parser). */
  record Prepared(String text, String edition) {}

  static final Pattern EDITION =
      Pattern.compile("(?m)^[ \\t]*edition\\s*=\\s*(?:\"([^\"\\n]*)\"|'([^'\\n]*)')\\s*;");
  private static final Pattern LANGUAGE_FEATURE = Pattern.compile("features\\.\\(([\\w.]+)\\)");
  private static final Pattern VISIBILITY =
      Pattern.compile("(?m)^([ \\t]*)(export|local)([ \\t]+)(?=(?:message|enum)\\b)");
  private static final Pattern IMPORT_OPTION = Pattern.compile("\\bimport(\\s+)option(\\s)");
  private static final Set<String> EDITIONS = Set.of("2023", "2024");

  /** Where a feature may be set, as protoc's {@code targets} say. */
  private enum Target {
    FILE("a file"),
    MESSAGE("a message"),
    FIELD("a field"),
    ONEOF("a oneof"),
    ENUM("an enum"),
    ENUM_ENTRY("an enum value"),
    SERVICE("a service"),
    METHOD("a method");

    final String what;

    Target(String what) {
      this.what = what;
    }
  }

  /** One feature of {@code google.protobuf.FeatureSet}: its values, targets and first edition. */
  private enum Feature {
    FIELD_PRESENCE("2023", List.of(Target.FILE, Target.FIELD), Features.FieldPresence.values()),
    ENUM_TYPE("2023", List.of(Target.FILE, Target.ENUM), Features.EnumType.values()),
    REPEATED_FIELD_ENCODING(
        "2023", List.of(Target.FILE, Target.FIELD), Features.RepeatedFieldEncoding.values()),
    UTF8_VALIDATION("2023", List.of(Target.FILE, Target.FIELD), Features.Utf8Validation.values()),
    MESSAGE_ENCODING("2023", List.of(Target.FILE, Target.FIELD), Features.MessageEncoding.values()),
    JSON_FORMAT(
        "2023", List.of(Target.FILE, Target.MESSAGE, Target.ENUM), Features.JsonFormat.values()),
    ENFORCE_NAMING_STYLE("2024", List.of(Target.values()), "STYLE2024", "STYLE_LEGACY"),
    DEFAULT_SYMBOL_VISIBILITY(
        "2024", List.of(Target.FILE), "EXPORT_ALL", "EXPORT_TOP_LEVEL", "LOCAL_ALL", "STRICT");

    final String since;
    final List<Target> targets;
    final List<String> values;

    Feature(String since, List<Target> targets, Enum<?>[] values) {
      this(since, targets, Arrays.stream(values).map(Enum::name).toArray(String[]::new));
    }

    Feature(String since, List<Target> targets, String... values) {
      this.since = since;
      this.targets = targets;
      this.values = List.of(values);
    }

    String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Feature of(String id) {
      for (Feature feature : values()) {
        if (feature.id().equals(id)) {
          return feature;
        }
      }
      return null;
    }
  }

  private ProtoLowering() {}

  /**
   * The text of an editions file as Wire's parser takes it, or null when it has no {@code edition}
   * statement: the statement reads {@code syntax = "proto3"} (labels stay optional to the parser;
   * the lowering sets them), language features {@code features.(pb.cpp).x} become plain option
   * names, and edition 2024's {@code export}/{@code local} and {@code import option} become blanks.
   * Every replacement keeps the line breaks, so lines stay where they were.
   */
  static Prepared prepare(String text) {
    Matcher statement = EDITION.matcher(text);
    if (!statement.find()) {
      return null;
    }
    String edition = statement.group(1) != null ? statement.group(1) : statement.group(2);
    StringBuilder out = new StringBuilder(text.length() + 2);
    out.append(text, 0, statement.start());
    String matched = statement.group();
    int indent = 0;
    while (indent < matched.length()
        && (matched.charAt(indent) == ' ' || matched.charAt(indent) == '\t')) {
      indent++;
    }
    out.append(matched, 0, indent).append("syntax = \"proto3\";");
    for (char c : matched.toCharArray()) {
      if (c == '\n') {
        out.append('\n');
      }
    }
    out.append(text, statement.end(), text.length());
    String prepared = out.toString();
    if (prepared.contains("features.(")) {
      prepared =
          LANGUAGE_FEATURE
              .matcher(prepared)
              .replaceAll(m -> Matcher.quoteReplacement("features._" + m.group(1) + "_"));
    }
    if (!edition.equals("2024")) {
      return new Prepared(prepared, edition);
    }
    prepared =
        VISIBILITY
            .matcher(prepared)
            .replaceAll(m -> m.group(1) + " ".repeat(m.group(2).length()) + m.group(3));
    prepared =
        IMPORT_OPTION
            .matcher(prepared)
            .replaceAll(
                m -> Matcher.quoteReplacement("import" + m.group(1) + "      " + m.group(2)));
    return new Prepared(prepared, edition);
  }

  /** Whether the catalog reads this edition. */
  static boolean knownEdition(String edition) {
    return EDITIONS.contains(edition);
  }

  static String unknownEditionMessage(String edition) {
    return "edition \""
        + edition
        + "\" is not supported; write edition = \"2023\" or \"2024\", or syntax = \"proto3\" or"
        + " \"proto2\"";
  }

  /** Lowers a parsed editions file; problems go to {@code problems}. */
  static Lowered editions(
      ProtoFileElement file, String edition, String text, List<Problem> problems) {
    return new Lowering(file, edition, text, problems).lowerEditions();
  }

  /** Lowers a proto2 file's groups; null when it has none. */
  static Lowered groups(ProtoFileElement file) {
    if (!hasGroups(file.getTypes())) {
      return null;
    }
    Lowering lowering = new Lowering(file, "proto2", "", new ArrayList<>());
    return lowering.lowerGroups();
  }

  private static boolean hasGroups(List<? extends TypeElement> types) {
    for (TypeElement type : types) {
      if (type instanceof MessageElement message) {
        if (!message.getGroups().isEmpty()
            || message.getOneOfs().stream().anyMatch(o -> !o.getGroups().isEmpty())
            || hasGroups(message.getNestedTypes())) {
          return true;
        }
      }
    }
    return false;
  }

  private static final class Lowering {
    private final ProtoFileElement file;
    private final String edition;
    private final String text;
    private String[] lines;
    private final List<Problem> problems;
    private final Map<String, Features> types = new HashMap<>();
    private final Map<String, Features> fields = new HashMap<>();
    private final Set<String> groups = new HashSet<>();
    private final String prefix;

    Lowering(ProtoFileElement file, String edition, String text, List<Problem> problems) {
      this.file = file;
      this.edition = edition;
      this.text = text;
      this.problems = problems;
      String pkg = file.getPackageName();
      this.prefix = pkg == null || pkg.isEmpty() ? "" : pkg + ".";
    }

    Lowered lowerEditions() {
      Location at = file.getLocation();
      Features fileFeatures = features(Features.EDITION_2023, file.getOptions(), Target.FILE, 1, 1);
      List<TypeElement> lowered = new ArrayList<>();
      for (TypeElement type : file.getTypes()) {
        lowered.add(type(prefix, type, fileFeatures));
      }
      List<ServiceElement> services = new ArrayList<>();
      for (ServiceElement service : file.getServices()) {
        services.add(service(service, fileFeatures));
      }
      List<ExtendElement> extend = new ArrayList<>();
      for (ExtendElement declaration : file.getExtendDeclarations()) {
        extend.add(extend(declaration, fileFeatures));
      }
      ProtoFileElement element =
          new ProtoFileElement(
              at,
              file.getPackageName(),
              Syntax.PROTO_2,
              file.getImports(),
              file.getPublicImports(),
              file.getWeakImports(),
              lowered,
              services,
              extend,
              strip(file.getOptions()));
      return new Lowered(element, new ProtoFeatures.FileFeatures(edition, types, fields, groups));
    }

    Lowered lowerGroups() {
      List<TypeElement> lowered = new ArrayList<>();
      for (TypeElement type : file.getTypes()) {
        lowered.add(groupsIn(prefix, type));
      }
      ProtoFileElement element =
          new ProtoFileElement(
              file.getLocation(),
              file.getPackageName(),
              file.getSyntax(),
              file.getImports(),
              file.getPublicImports(),
              file.getWeakImports(),
              lowered,
              file.getServices(),
              file.getExtendDeclarations(),
              file.getOptions());
      return new Lowered(
          element, new ProtoFeatures.FileFeatures("proto2", Map.of(), Map.of(), groups));
    }

    /** A proto2 message with each group as a field of a nested message of the group's name. */
    private TypeElement groupsIn(String scope, TypeElement type) {
      if (!(type instanceof MessageElement message)) {
        return type;
      }
      String name = scope + message.getName();
      List<TypeElement> nested = new ArrayList<>();
      for (TypeElement inner : message.getNestedTypes()) {
        nested.add(groupsIn(name + ".", inner));
      }
      List<FieldElement> fieldList = new ArrayList<>(message.getFields());
      for (GroupElement group : message.getGroups()) {
        fieldList.add(group(name, group, nested));
      }
      List<OneOfElement> oneOfs = new ArrayList<>();
      for (OneOfElement oneOf : message.getOneOfs()) {
        List<FieldElement> members = new ArrayList<>(oneOf.getFields());
        for (GroupElement group : oneOf.getGroups()) {
          members.add(group(name, group, nested));
        }
        oneOfs.add(
            new OneOfElement(
                oneOf.getName(),
                oneOf.getDocumentation(),
                members,
                List.of(),
                oneOf.getOptions(),
                oneOf.getLocation()));
      }
      return new MessageElement(
          message.getLocation(),
          message.getName(),
          message.getDocumentation(),
          nested,
          message.getOptions(),
          message.getReserveds(),
          fieldList,
          oneOfs,
          message.getExtensions(),
          List.of(),
          message.getExtendDeclarations());
    }

    /**
     * {@code optional group Result = 3 { … }}: the field {@code result} of type {@code Result}, and
     * the nested message {@code Result}, both where the group is declared.
     */
    private FieldElement group(String owner, GroupElement group, List<TypeElement> nested) {
      nested.add(
          new MessageElement(
              group.getLocation(),
              group.getName(),
              group.getDocumentation(),
              List.of(),
              List.of(),
              List.of(),
              group.getFields(),
              List.of(),
              List.of(),
              List.of(),
              List.of()));
      groups.add(ProtoFeatures.fieldKey(owner, group.getTag()));
      return new FieldElement(
          group.getLocation(),
          group.getLabel(),
          group.getName(),
          group.getName().toLowerCase(Locale.ROOT),
          null,
          null,
          group.getTag(),
          group.getDocumentation(),
          List.of());
    }

    private TypeElement type(String scope, TypeElement type, Features inherited) {
      if (type instanceof MessageElement message) {
        return message(scope, message, inherited);
      }
      if (type instanceof EnumElement enumType) {
        return enumType(scope, enumType, inherited);
      }
      return type;
    }

    private MessageElement message(String scope, MessageElement message, Features inherited) {
      String name = scope + message.getName();
      Location at = message.getLocation();
      Features features =
          features(inherited, message.getOptions(), Target.MESSAGE, at.getLine(), at.getColumn());
      types.put(name, features);
      for (GroupElement group : message.getGroups()) {
        problem(
            group.getLocation(),
            "groups are not part of editions; declare a message field with"
                + " [features.message_encoding = DELIMITED]");
      }
      List<FieldElement> lowered = new ArrayList<>();
      for (FieldElement field : message.getFields()) {
        lowered.add(field(name, field, features, false));
      }
      List<OneOfElement> oneOfs = new ArrayList<>();
      for (OneOfElement oneOf : message.getOneOfs()) {
        Location where = oneOf.getLocation();
        Features oneOfFeatures =
            features(
                features, oneOf.getOptions(), Target.ONEOF, where.getLine(), where.getColumn());
        List<FieldElement> members = new ArrayList<>();
        for (FieldElement field : oneOf.getFields()) {
          members.add(field(name, field, oneOfFeatures, true));
        }
        oneOfs.add(
            new OneOfElement(
                oneOf.getName(),
                oneOf.getDocumentation(),
                members,
                List.of(),
                strip(oneOf.getOptions()),
                where));
      }
      List<TypeElement> nested = new ArrayList<>();
      for (TypeElement type : message.getNestedTypes()) {
        nested.add(type(name + ".", type, features));
      }
      List<ExtendElement> extend = new ArrayList<>();
      for (ExtendElement declaration : message.getExtendDeclarations()) {
        extend.add(extend(declaration, features));
      }
      return new MessageElement(
          at,
          message.getName(),
          message.getDocumentation(),
          nested,
          strip(message.getOptions()),
          message.getReserveds(),
          lowered,
          oneOfs,
          message.getExtensions(),
          List.of(),
          extend);
    }

    private ExtendElement extend(ExtendElement declaration, Features inherited) {
      List<FieldElement> lowered = new ArrayList<>();
      for (FieldElement field : declaration.getFields()) {
        lowered.add(field(null, field, inherited, false));
      }
      return new ExtendElement(
          declaration.getLocation(),
          declaration.getName(),
          declaration.getDocumentation(),
          lowered);
    }

    /**
     * A field with the proto2 label its presence implies ({@code optional} for explicit, {@code
     * required} for legacy required, none for implicit), and its features recorded under {@code
     * owner} (null for an extension).
     */
    private FieldElement field(
        String owner, FieldElement field, Features inherited, boolean oneOf) {
      Location at = field.getLocation();
      Field.Label label = field.getLabel();
      if (label == Field.Label.OPTIONAL || label == Field.Label.REQUIRED) {
        problem(
            at,
            "label \""
                + label.name().toLowerCase(Locale.ROOT)
                + "\" is not part of editions; set features.field_presence = "
                + (label == Field.Label.OPTIONAL ? "EXPLICIT" : "LEGACY_REQUIRED")
                + " instead");
      }
      for (OptionElement option : field.getOptions()) {
        if (option.getName().equals("packed")) {
          problem(
              at,
              "option \"packed\" is not part of editions; set"
                  + " features.repeated_field_encoding = PACKED or EXPANDED instead");
        }
      }
      Features features =
          features(inherited, field.getOptions(), Target.FIELD, at.getLine(), at.getColumn());
      boolean repeated = label == Field.Label.REPEATED;
      boolean map = field.getType().startsWith("map<");
      boolean scalar = ProtoType.get(field.getType()).isScalar();
      boolean stringOrBytes = field.getType().equals("string") || field.getType().equals("bytes");
      if (declares(field.getOptions(), Feature.FIELD_PRESENCE)) {
        if (repeated || map) {
          problem(at, "a repeated field has no presence; remove features.field_presence");
        } else if (oneOf) {
          problem(at, "a oneof field always has presence; remove features.field_presence");
        }
      }
      if (declares(field.getOptions(), Feature.REPEATED_FIELD_ENCODING)
          && (!repeated || stringOrBytes)) {
        problem(
            at,
            "only repeated scalar numeric and enum fields can set"
                + " features.repeated_field_encoding");
      }
      if (declares(field.getOptions(), Feature.UTF8_VALIDATION)
          && (scalar && !field.getType().equals("string"))) {
        problem(at, "only string fields can set features.utf8_validation");
      }
      if (declares(field.getOptions(), Feature.MESSAGE_ENCODING) && (scalar || map)) {
        problem(at, "only message fields can set features.message_encoding");
      }
      if (field.getDefaultValue() != null
          && features.fieldPresence() == Features.FieldPresence.IMPLICIT
          && !oneOf
          && !repeated) {
        problem(at, "a field with implicit presence has no default; remove [default = …]");
      }
      if (owner != null) {
        fields.put(ProtoFeatures.fieldKey(owner, field.getTag()), features);
      }
      if (!repeated && !map && !oneOf) {
        label =
            switch (features.fieldPresence()) {
              case EXPLICIT -> Field.Label.OPTIONAL;
              case LEGACY_REQUIRED -> Field.Label.REQUIRED;
              case IMPLICIT -> null;
            };
      }
      return new FieldElement(
          at,
          label,
          field.getType(),
          field.getName(),
          field.getDefaultValue(),
          field.getJsonName(),
          field.getTag(),
          field.getDocumentation(),
          strip(field.getOptions()));
    }

    private EnumElement enumType(String scope, EnumElement enumType, Features inherited) {
      Location at = enumType.getLocation();
      Features features =
          features(inherited, enumType.getOptions(), Target.ENUM, at.getLine(), at.getColumn());
      types.put(scope + enumType.getName(), features);
      List<EnumConstantElement> constants = new ArrayList<>();
      for (EnumConstantElement constant : enumType.getConstants()) {
        Location where = constant.getLocation();
        features(
            features, constant.getOptions(), Target.ENUM_ENTRY, where.getLine(), where.getColumn());
        constants.add(
            new EnumConstantElement(
                where,
                constant.getName(),
                constant.getTag(),
                constant.getDocumentation(),
                strip(constant.getOptions())));
      }
      return new EnumElement(
          at,
          enumType.getName(),
          enumType.getDocumentation(),
          strip(enumType.getOptions()),
          constants,
          enumType.getReserveds());
    }

    private ServiceElement service(ServiceElement service, Features inherited) {
      Location at = service.getLocation();
      Features features =
          features(inherited, service.getOptions(), Target.SERVICE, at.getLine(), at.getColumn());
      List<RpcElement> rpcs = new ArrayList<>();
      for (RpcElement rpc : service.getRpcs()) {
        Location where = rpc.getLocation();
        features(features, rpc.getOptions(), Target.METHOD, where.getLine(), where.getColumn());
        rpcs.add(
            new RpcElement(
                where,
                rpc.getName(),
                rpc.getDocumentation(),
                rpc.getRequestType(),
                rpc.getResponseType(),
                rpc.getRequestStreaming(),
                rpc.getResponseStreaming(),
                strip(rpc.getOptions())));
      }
      return new ServiceElement(
          at, service.getName(), service.getDocumentation(), rpcs, strip(service.getOptions()));
    }

    /**
     * {@code inherited} with the {@code features} options among {@code options} applied, each
     * checked against the features this edition knows, their values and where they may be set.
     */
    private Features features(
        Features inherited, List<OptionElement> options, Target target, int line, int column) {
      Features features = inherited;
      for (OptionElement option : options) {
        String name = option.getName();
        if (name.equals("features")) {
          if (option.getValue() instanceof Map<?, ?> entries) {
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
              features =
                  apply(
                      features,
                      String.valueOf(entry.getKey()),
                      entry.getValue(),
                      target,
                      line,
                      column);
            }
          } else if (option.getValue() instanceof OptionElement inner) {
            features = apply(features, inner.getName(), inner.getValue(), target, line, column);
          }
        } else if (name.startsWith("features.")) {
          features =
              apply(
                  features,
                  name.substring("features.".length()),
                  option.getValue(),
                  target,
                  line,
                  column);
        }
      }
      return features;
    }

    private Features apply(
        Features features, String name, Object value, Target target, int line, int column) {
      if (name.startsWith("_") || name.startsWith("[")) {
        // A language's own features (features.(pb.cpp).string_type): code generation only.
        return features;
      }
      Feature feature = Feature.of(name);
      int[] where = find(line, column, name);
      if (feature == null || feature.since.compareTo(edition) > 0) {
        problems.add(
            new Problem(
                where[0],
                where[1],
                "unknown feature \""
                    + name
                    + "\"; edition "
                    + edition
                    + " knows "
                    + String.join(", ", known())));
        return features;
      }
      if (!feature.targets.contains(target)) {
        problems.add(
            new Problem(
                where[0],
                where[1],
                "feature \""
                    + name
                    + "\" cannot be set on "
                    + target.what
                    + "; set it on "
                    + String.join(" or ", feature.targets.stream().map(t -> t.what).toList())));
        return features;
      }
      String text =
          value instanceof OptionElement.OptionPrimitive p
              ? String.valueOf(p.getValue())
              : String.valueOf(value);
      if (!feature.values.contains(text)) {
        problems.add(
            new Problem(
                where[0],
                where[1],
                "feature \""
                    + name
                    + "\" has no value \""
                    + text
                    + "\"; it takes "
                    + String.join(", ", feature.values)));
        return features;
      }
      return switch (feature) {
        case FIELD_PRESENCE -> features.withFieldPresence(Features.FieldPresence.valueOf(text));
        case ENUM_TYPE -> features.withEnumType(Features.EnumType.valueOf(text));
        case REPEATED_FIELD_ENCODING ->
            features.withRepeatedFieldEncoding(Features.RepeatedFieldEncoding.valueOf(text));
        case UTF8_VALIDATION -> features.withUtf8Validation(Features.Utf8Validation.valueOf(text));
        case MESSAGE_ENCODING ->
            features.withMessageEncoding(Features.MessageEncoding.valueOf(text));
        case JSON_FORMAT -> features.withJsonFormat(Features.JsonFormat.valueOf(text));
        case ENFORCE_NAMING_STYLE, DEFAULT_SYMBOL_VISIBILITY -> features;
      };
    }

    private List<String> known() {
      List<String> names = new ArrayList<>();
      for (Feature feature : Feature.values()) {
        if (feature.since.compareTo(edition) <= 0) {
          names.add(feature.id());
        }
      }
      return names;
    }

    /**
     * Where a feature is written ({@code features.NAME}, else {@code NAME} in an aggregate), from
     * the element's line on; else the element.
     */
    private int[] find(int line, int column, String name) {
      if (lines == null) {
        lines = text.split("\n", -1);
      }
      for (String needle : List.of("features." + name, name)) {
        for (int i = Math.max(line, 1) - 1; i < lines.length; i++) {
          int at = lines[i].indexOf(needle);
          if (at >= 0) {
            return new int[] {i + 1, at + 1};
          }
        }
      }
      return new int[] {line, column};
    }

    private void problem(Location at, String message) {
      problems.add(new Problem(at.getLine(), at.getColumn(), message));
    }
  }

  private static boolean declares(List<OptionElement> options, Feature feature) {
    for (OptionElement option : options) {
      String name = option.getName();
      if (name.equals("features." + feature.id())) {
        return true;
      }
      if (name.equals("features") && option.getValue() instanceof Map<?, ?> entries) {
        if (entries.keySet().stream().anyMatch(k -> String.valueOf(k).equals(feature.id()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The options without {@code features}, which Wire's descriptor.proto does not know. */
  private static List<OptionElement> strip(List<OptionElement> options) {
    if (options.isEmpty()) {
      return options;
    }
    List<OptionElement> kept = new ArrayList<>(options.size());
    for (OptionElement option : options) {
      String name = option.getName();
      if (!name.equals("features") && !name.startsWith("features.")) {
        kept.add(option);
      }
    }
    return kept;
  }
}
