package dev.eventcontracts.registry;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.RegistrySettings;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${VAR}} in catalog.yaml values from the process environment (a map, so tests and
 * embedding tools can supply their own). An unset variable is an input error naming the variable
 * and where it is used.
 */
public record Variables(Map<String, String> values) {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

  public Variables {
    values = Map.copyOf(values);
  }

  public static Variables fromSystem() {
    return new Variables(System.getenv());
  }

  /**
   * The names of the environment variables a registry's settings use: {@code ${VAR}} in its url,
   * context and truststore path, and the variables named for credentials, sorted.
   */
  public static SortedSet<String> namedBy(RegistrySettings registry) {
    SortedSet<String> names = new TreeSet<>();
    for (String value : new String[] {registry.url(), registry.context(), registry.truststore()}) {
      if (value != null) {
        Matcher m = REFERENCE.matcher(value);
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    for (String name :
        new String[] {
          registry.usernameEnv(),
          registry.passwordEnv(),
          registry.bearerTokenEnv(),
          registry.truststorePasswordEnv()
        }) {
      if (name != null && !name.isBlank()) {
        names.add(name);
      }
    }
    return names;
  }

  /** {@code value} with every {@code ${VAR}} replaced; null stays null. */
  public String expand(String value, String usedFor) {
    if (value == null) {
      return null;
    }
    Matcher m = REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      m.appendReplacement(out, Matcher.quoteReplacement(require(name, usedFor)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The value of a variable named in catalog.yaml (such as {@code passwordEnv: SR_PASSWORD}). */
  public String require(String name, String usedFor) {
    String value = values.get(name);
    if (value == null || value.isEmpty()) {
      throw CatalogException.input(
          "environment variable " + name + " is not set (needed for " + usedFor + ")");
    }
    return value;
  }
}
