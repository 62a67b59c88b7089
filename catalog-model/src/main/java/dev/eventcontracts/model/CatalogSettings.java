package dev.eventcontracts.model;

import java.util.List;
import java.util.Map;

/**
 * Everything {@code catalog.yaml} says. Maps keep the order of the file. {@code lintBaseline} is
 * the file {@code lint.baseline} names, read; null when it names none. {@code subjectPrefix} is
 * {@code subjects.prefix}, the part of a shared registry the catalog manages; empty for all of it.
 */
public record CatalogSettings(
    String name,
    String protoRoot,
    Map<String, Team> teams,
    Encoding defaultEncoding,
    CompatibilityMode defaultCompatibility,
    SubjectNameStrategy subjectNameStrategy,
    String topicPattern,
    List<StandardAttribute> standardAttributes,
    List<HeaderSpec> headers,
    List<Environment> environments,
    SuppressionConfig lint,
    LintBaseline lintBaseline,
    SuppressionConfig breaking,
    List<ApprovedBreak> breakingExceptions,
    String subjectPrefix,
    String architects,
    Positions positions) {

  public static final String DEFAULT_PROTO_ROOT = "schemas";

  public CatalogSettings {
    teams = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(teams));
    standardAttributes = List.copyOf(standardAttributes);
    headers = List.copyOf(headers);
    environments = List.copyOf(environments);
    breakingExceptions = List.copyOf(breakingExceptions);
  }

  public java.util.Optional<Environment> environment(String envName) {
    return environments.stream().filter(e -> e.name().equals(envName)).findFirst();
  }
}
