package dev.eventcontracts.model;

/**
 * How to reach one Schema Registry. Credentials are never held here, only the names of the
 * environment variables that hold them.
 */
public record RegistrySettings(
    String url,
    String context,
    String usernameEnv,
    String passwordEnv,
    String bearerTokenEnv,
    String truststore,
    String truststorePasswordEnv,
    SourceLocation location) {}
