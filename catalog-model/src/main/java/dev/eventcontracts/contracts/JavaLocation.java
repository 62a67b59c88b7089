package dev.eventcontracts.contracts;

import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Type;
import com.squareup.wire.schema.internal.parser.OptionElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where protoc's Java generator puts the class of a proto message, as its options say: the package
 * is {@code java_package} or else the proto package; with {@code java_multiple_files} a top-level
 * message is a class of its own, otherwise it is nested in the file's outer class, named by {@code
 * java_outer_classname} or else after the file ({@code message_sent.proto} → {@code MessageSent},
 * with {@code OuterClass} appended when a type of the file has that name already).
 *
 * @param javaPackage the Java package, empty for none
 * @param className the class name within the package, nested classes joined by dots ({@code
 *     MessageSentOuterClass.MessageSent})
 */
public record JavaLocation(String javaPackage, String className) {

  /** The fully qualified class name, as source code names it. */
  public String qualifiedName() {
    return javaPackage.isEmpty() ? className : javaPackage + "." + className;
  }

  /** The class of the message {@code qualifiedMessage} declared in {@code file}. */
  public static JavaLocation of(ProtoFile file, String qualifiedMessage) {
    String protoPackage = file.getPackageName() == null ? "" : file.getPackageName();
    String javaPackage = option(file, "java_package");
    if (javaPackage == null) {
      javaPackage = protoPackage;
    }
    String relative =
        protoPackage.isEmpty()
            ? qualifiedMessage
            : qualifiedMessage.substring(protoPackage.length() + 1);
    boolean multipleFiles = "true".equals(option(file, "java_multiple_files"));
    String className = multipleFiles ? relative : outerClassName(file) + "." + relative;
    return new JavaLocation(javaPackage, className);
  }

  /**
   * The name of the class holding the file's descriptor (and, without multiple files, its types).
   */
  public static String outerClassName(ProtoFile file) {
    String explicit = option(file, "java_outer_classname");
    if (explicit != null) {
      return explicit;
    }
    String path = file.getLocation().getPath();
    String base = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.proto$", "");
    String name = camelCase(base);
    List<String> topLevel = new ArrayList<>();
    for (Type type : file.getTypes()) {
      topLevel.add(type.getType().getSimpleName());
    }
    file.getServices().forEach(service -> topLevel.add(service.name()));
    return topLevel.contains(name) ? name + "OuterClass" : name;
  }

  /** protoc's UnderscoresToCamelCase with a capital first letter. */
  static String camelCase(String base) {
    StringBuilder out = new StringBuilder();
    boolean capitalizeNext = true;
    for (char c : base.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        out.append(capitalizeNext ? Character.toUpperCase(c) : c);
        capitalizeNext = false;
      } else if (c >= 'A' && c <= 'Z') {
        out.append(c);
        capitalizeNext = false;
      } else if (c >= '0' && c <= '9') {
        out.append(c);
        capitalizeNext = true;
      } else {
        capitalizeNext = true;
      }
    }
    return out.toString();
  }

  private static String option(ProtoFile file, String name) {
    for (OptionElement option : file.getOptions().getElements()) {
      if (option.getName().equals(name)) {
        return String.valueOf(option.getValue());
      }
    }
    return null;
  }
}
