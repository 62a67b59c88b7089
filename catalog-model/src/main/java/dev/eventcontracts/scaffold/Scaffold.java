package dev.eventcontracts.scaffold;

import dev.eventcontracts.CatalogException;
import dev.eventcontracts.model.Catalog;
import dev.eventcontracts.model.Domain;
import dev.eventcontracts.model.Encoding;
import dev.eventcontracts.model.Event;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The files {@code catalog init}, {@code catalog new service} and {@code catalog new event} write,
 * from templates, shaped so that the catalog lints clean afterwards: names as the naming rules want
 * them, protos in the folder their package names, an example that is proto3 JSON of the message. A
 * new event is a {@code draft}, so it needs neither producers nor consumers yet.
 */
public final class Scaffold {

  private static final Pattern LOWER_KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern PASCAL = Pattern.compile("[A-Z][a-z0-9]+([A-Z][a-z0-9]*)*");
  private static final String DEFAULT_TOPIC = "{domain}.{event}.v{version}";

  private Scaffold() {}

  /** A new catalog named {@code catalog}, owned by {@code team}, with the domain {@code domain}. */
  public static List<GeneratedFile> init(String catalog, String team, String domain) {
    check("catalog name", catalog);
    check("team", team);
    check("domain", domain);
    Map<String, String> values = Map.of("catalog", catalog, "team", team, "domain", domain);
    return List.of(
        new GeneratedFile("catalog.yaml", Templates.fill("catalog.yaml", values)),
        new GeneratedFile(
            "domains/" + domain + "/domain.yaml", Templates.fill("domain.yaml", values)));
  }

  /** A service of {@code catalog}, owned by {@code owner}, a team of the catalog. */
  public static List<GeneratedFile> service(Catalog catalog, String name, String owner) {
    check("service name", name);
    team(catalog, owner);
    return List.of(
        new GeneratedFile(
            "services/" + name + ".yaml",
            Templates.fill("service.yaml", Map.of("service", name, "team", owner))));
  }

  /**
   * An event of {@code domain}: its YAML, its message in a proto of the package {@code
   * <catalog>.<domain>.v1}, and an example payload. {@code owner} defaults to the domain's owner;
   * {@code producer}, when given, is a service of the catalog.
   */
  public static List<GeneratedFile> event(
      Catalog catalog,
      String domain,
      String name,
      String owner,
      String producer,
      Encoding encoding) {
    if (!PASCAL.matcher(name).matches()) {
      throw CatalogException.input(
          "event name \"" + name + "\" is not PascalCase, such as \"OrderPlaced\"");
    }
    Domain found =
        catalog.domains().stream()
            .filter(d -> d.id().equals(domain))
            .findFirst()
            .orElseThrow(
                () ->
                    CatalogException.input(
                        "no domain \""
                            + domain
                            + "\" (domains/"
                            + domain
                            + "/domain.yaml); the catalog has "
                            + catalog.domains().stream().map(Domain::id).toList()));
    String team = owner != null ? owner : found.owner();
    team(catalog, team);
    if (producer != null && catalog.service(producer).isEmpty()) {
      throw CatalogException.input(
          "no service \""
              + producer
              + "\" (services/"
              + producer
              + ".yaml); add it with catalog new service --name "
              + producer
              + " --owner "
              + team);
    }
    if (catalog.event(name).isPresent()) {
      throw CatalogException.input("the catalog already has an event \"" + name + "\"");
    }
    String kebab = Event.kebab(name);
    String pkg = packageRoot(catalog.settings().name()) + "." + domain.replace('-', '_') + ".v1";
    String pattern = catalog.settings().topicPattern();
    String topic =
        (pattern == null ? DEFAULT_TOPIC : pattern)
            .replace("{domain}", domain)
            .replace("{event}", kebab)
            .replace("{version}", "1");
    Map<String, String> values =
        Map.of(
            "event", name,
            "domain", domain,
            "team", team,
            "package", pkg,
            "encoding", encoding.name().toLowerCase(Locale.ROOT),
            "topic", topic,
            "producers", producer == null ? "" : producer,
            "kebab", kebab);
    String events = "domains/" + domain + "/events/";
    String protoRoot = catalog.settings().protoRoot();
    String protos = (protoRoot.isEmpty() ? "" : protoRoot + "/") + pkg.replace('.', '/') + "/";
    return List.of(
        new GeneratedFile(events + kebab + ".yaml", Templates.fill("event.yaml", values)),
        new GeneratedFile(
            events + "examples/" + kebab + ".json", Templates.fill("example.json", values)),
        new GeneratedFile(
            protos + kebab.replace('-', '_') + ".proto", Templates.fill("event.proto", values)));
  }

  /** {@code acme-events} → {@code acme}: the organisation part of the catalog's name. */
  static String packageRoot(String catalogName) {
    String first = catalogName == null ? "" : catalogName.split("[-.]", 2)[0];
    String clean = first.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return clean.isEmpty() || !Character.isLetter(clean.charAt(0)) ? "events" + clean : clean;
  }

  private static void team(Catalog catalog, String team) {
    if (!catalog.settings().teams().containsKey(team)) {
      throw CatalogException.input(
          "no team \""
              + team
              + "\" in catalog.yaml; the catalog has "
              + List.copyOf(catalog.settings().teams().keySet()));
    }
  }

  private static void check(String what, String name) {
    if (name == null || !LOWER_KEBAB.matcher(name).matches()) {
      throw CatalogException.input(
          what + " \"" + name + "\" is not lower-kebab-case, such as \"order-service\"");
    }
  }
}
