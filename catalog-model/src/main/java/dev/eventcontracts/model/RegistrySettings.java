package dev.eventcontracts.model;

/**
 * How to reach one Schema Registry. Credentials are never held here, only the names of the
 * environment variables that hold them.
 *
 * @param region the region's name in a multi-region environment ({@code name:}), else null
 */
public record RegistrySettings(
    String region,
    String url,
    String context,
    String usernameEnv,
    String passwordEnv,
    String bearerTokenEnv,
    String truststore,
    String truststorePasswordEnv,
    SourceLocation location) {}
