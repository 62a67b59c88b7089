package dev.eventcontracts.contracts;

import java.util.Locale;

/**
 * The protoc executable on Maven Central, {@code
 * com.google.protobuf:protoc:VERSION:exe:CLASSIFIER}, with the classifier named as os-maven-plugin
 * names the platform: {@code linux-x86_64}, {@code osx-aarch_64}, {@code windows-x86_64}...
 */
public record ProtocArtifact(String groupId, String artifactId, String version, String classifier) {

  public static final String EXTENSION = "exe";

  /**
   * The protoc release matching the protobuf-java runtime the tool is built with: generated code
   * needs a runtime at least as new as the protoc that wrote it.
   */
  public static final String DEFAULT_VERSION = defaultVersion();

  /** The protoc of {@code version} for the platform {@code os.name} and {@code os.arch} name. */
  public static ProtocArtifact of(String version, String osName, String osArch) {
    return new ProtocArtifact(
        "com.google.protobuf", "protoc", version, os(osName) + "-" + arch(osArch));
  }

  /** The platform this JVM runs on. */
  public static ProtocArtifact forThisPlatform(String version) {
    return of(version, System.getProperty("os.name"), System.getProperty("os.arch"));
  }

  /** As Maven coordinates, {@code groupId:artifactId:exe:classifier:version}. */
  public String coordinates() {
    return groupId + ":" + artifactId + ":" + EXTENSION + ":" + classifier + ":" + version;
  }

  private static String defaultVersion() {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in = ProtocArtifact.class.getResourceAsStream("protoc.properties")) {
      properties.load(in);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("protoc.properties is missing from the tool's jar", e);
    }
    return properties.getProperty("version");
  }

  static String os(String osName) {
    String name = osName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    if (name.startsWith("linux")) {
      return "linux";
    }
    if (name.startsWith("macosx") || name.startsWith("osx") || name.startsWith("darwin")) {
      return "osx";
    }
    if (name.startsWith("windows")) {
      return "windows";
    }
    if (name.startsWith("freebsd")) {
      return "freebsd";
    }
    throw new IllegalArgumentException(
        "no protoc on Maven Central for operating system \"" + osName + "\"");
  }

  static String arch(String osArch) {
    String arch = osArch.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return switch (arch) {
      case "x8664", "amd64", "ia32e", "em64t", "x64" -> "x86_64";
      case "x8632", "x86", "i386", "i486", "i586", "i686", "ia32", "x32" -> "x86_32";
      case "aarch64", "arm64" -> "aarch_64";
      case "ppc64le" -> "ppcle_64";
      case "s390x" -> "s390_64";
      default ->
          throw new IllegalArgumentException(
              "no protoc on Maven Central for architecture \"" + osArch + "\"");
    };
  }
}
