package dev.eventcontracts.contracts;

/**
 * A generated Java source file.
 *
 * @param path the file's path under the source root, such as {@code acme/messaging/v1/X.java}
 * @param text the source
 */
public record JavaSource(String path, String text) {

  static JavaSource of(String javaPackage, String className, String text) {
    String folder = javaPackage.isEmpty() ? "" : javaPackage.replace('.', '/') + "/";
    return new JavaSource(folder + className + ".java", text);
  }
}
