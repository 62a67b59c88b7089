package dev.eventcontracts.registry;

import dev.eventcontracts.model.CompatibilityMode;
import java.util.List;
import java.util.Optional;

/**
 * The part of the Confluent Schema Registry REST API the catalog uses. Every call either answers or
 * throws a {@link RegistryException} naming the URL and status.
 */
public interface RegistryClient {

  /** A human name for the registry: its base URL, without credentials. */
  String describe();

  /** Every live subject, sorted, read page by page where the registry pages its listing. */
  SubjectListing listSubjects();

  /** Every live subject the registry lists, sorted. */
  default List<String> subjects() {
    return listSubjects().subjects();
  }

  /** The versions of a subject, oldest first; empty when the subject does not exist. */
  List<Integer> versions(String subject);

  /** The latest version of a subject, or empty when the subject does not exist. */
  Optional<RegisteredSchema> latest(String subject);

  /** The version of {@code subject} that holds this schema (normalized), whichever it is. */
  Lookup lookup(String subject, SchemaContent content);

  /** Checks a new version against the subject's history under its compatibility level. */
  CompatibilityCheck checkCompatibility(String subject, SchemaContent content);

  /** Registers a new version (or returns the existing one) and answers the schema ID. */
  int register(String subject, SchemaContent content);

  /** The subject's own compatibility level, or empty when it only inherits the global one. */
  Optional<CompatibilityMode> compatibility(String subject);

  /** The registry's global compatibility level, which subjects without their own inherit. */
  Optional<CompatibilityMode> globalCompatibility();

  void setCompatibility(String subject, CompatibilityMode mode);

  /** The schema text and references stored under a global schema ID. */
  RegisteredSchema schemaById(int id);

  /** How many HTTP requests this client has sent, retries included. */
  long requestCount();

  /** What a lookup found. */
  record Lookup(Status status, RegisteredSchema schema) {

    public enum Status {
      /** The subject holds this schema. */
      FOUND,
      /** The subject exists but holds no version with this schema. */
      NEW_VERSION,
      /** The subject does not exist. */
      NEW_SUBJECT
    }

    public static Lookup found(RegisteredSchema schema) {
      return new Lookup(Status.FOUND, schema);
    }

    public static Lookup absent(boolean subjectExists) {
      return new Lookup(subjectExists ? Status.NEW_VERSION : Status.NEW_SUBJECT, null);
    }
  }
}
