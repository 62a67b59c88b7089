package dev.eventcontracts.registry;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.Environment;
import dev.eventcontracts.model.RegistrySettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/**
 * One environment's registry with every {@code ${VAR}} expanded: where it is, which context, and
 * the {@code Authorization} header value. The header is a secret: {@link #toString()} leaves it
 * out, and nothing prints it.
 */
public final class RegistryEndpoint {

  private final String environment;
  private final URI baseUri;
  private final String context;
  private final String authorization;
  private final Path truststore;
  private final char[] truststorePassword;

  private RegistryEndpoint(
      String environment,
      URI baseUri,
      String context,
      String authorization,
      Path truststore,
      char[] truststorePassword) {
    this.environment = environment;
    this.baseUri = baseUri;
    this.context = context;
    this.authorization = authorization;
    this.truststore = truststore;
    this.truststorePassword = truststorePassword;
  }

  /** An endpoint without authentication or custom trust, as tests and benchmarks use. */
  public static RegistryEndpoint of(String environment, String url) {
    return new RegistryEndpoint(environment, parse(environment, url), null, null, null, null);
  }

  /**
   * Resolves an environment of catalog.yaml. Relative truststore paths are taken from {@code
   * catalogDir}.
   */
  public static RegistryEndpoint resolve(Environment env, Variables variables, Path catalogDir) {
    if (env.registry() == null) {
      throw CatalogException.input(
          "catalog.yaml: environment \""
              + env.name()
              + "\" has no registry (add registry: { url: ... })");
    }
    return resolve(env, env.registry(), variables, catalogDir);
  }

  /** Resolves one of an environment's registries (one region of several). */
  public static RegistryEndpoint resolve(
      Environment env, RegistrySettings r, Variables variables, Path catalogDir) {
    String where = "environment \"" + env.name() + "\"";
    if (env.multiRegion()) {
      where += " region " + regionName(env, r);
    }
    String url = variables.expand(r.url(), "the registry url of " + where);
    String context = variables.expand(r.context(), "the registry context of " + where);
    String authorization = null;
    if (r.usernameEnv() != null) {
      String user = variables.require(r.usernameEnv(), "basic auth of " + where);
      String password = variables.require(r.passwordEnv(), "basic auth of " + where);
      authorization =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    } else if (r.bearerTokenEnv() != null) {
      authorization = "Bearer " + variables.require(r.bearerTokenEnv(), "bearer auth of " + where);
    }
    Path truststore = null;
    char[] truststorePassword = null;
    if (r.truststore() != null) {
      truststore =
          catalogDir.resolve(variables.expand(r.truststore(), "the truststore of " + where));
      if (r.truststorePasswordEnv() != null) {
        truststorePassword =
            variables
                .require(r.truststorePasswordEnv(), "the truststore of " + where)
                .toCharArray();
      }
    }
    return new RegistryEndpoint(
        env.name(), parse(env.name(), url), context, authorization, truststore, truststorePassword);
  }

  /** A region's {@code name:}, else its place in the list ({@code 1} for the primary). */
  public static String regionName(Environment env, RegistrySettings r) {
    return r.region() != null ? r.region() : String.valueOf(env.registries().indexOf(r) + 1);
  }

  private static URI parse(String environment, String url) {
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    try {
      URI uri = new URI(trimmed);
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw CatalogException.input(
            "environment \""
                + environment
                + "\": registry url \""
                + redact(trimmed)
                + "\" is not an http(s) URL");
      }
      if (uri.getUserInfo() != null) {
        throw CatalogException.input(
            "environment \""
                + environment
                + "\": put registry credentials in basicAuth variables, not in the url");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw CatalogException.input(
          "environment \"" + environment + "\": registry url is not a valid URL");
    }
  }

  /** A URL with any user info cut out, safe to print. */
  static String redact(String url) {
    return url.replaceAll("//[^/@]*@", "//");
  }

  public String environment() {
    return environment;
  }

  /** The base URL, with the context path when there is one. */
  public URI baseUri() {
    if (context == null || context.isEmpty()) {
      return baseUri;
    }
    return URI.create(baseUri + "/contexts/" + context);
  }

  String authorization() {
    return authorization;
  }

  Path truststore() {
    return truststore;
  }

  char[] truststorePassword() {
    return truststorePassword;
  }

  @Override
  public String toString() {
    return environment + " (" + baseUri() + ")";
  }
}
