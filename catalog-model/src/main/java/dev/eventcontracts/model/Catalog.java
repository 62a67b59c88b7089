package dev.eventcontracts.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded catalog: settings, domains, events, services and linked protos. It is data only: what
 * rules, the compatibility check and the deploy planner need from files (proto texts, example
 * payloads) was read into it when it was loaded, so it stays usable after its files are gone.
 * {@code protos} is null when the catalog has no proto root; {@code repository} says where the
 * catalog sits in its Git work tree and holds the CODEOWNERS committed there. Lookups by name
 * return the first definition; duplicates are a lint finding, not a load failure.
 */
public record Catalog(
    CatalogSettings settings,
    List<Domain> domains,
    List<Event> events,
    List<Service> services,
    ProtoSchema protos,
    List<String> files,
    Repository repository) {

  public Catalog {
    repository = repository == null ? Repository.NONE : repository;
    domains = List.copyOf(domains);
    events = List.copyOf(events);
    services = List.copyOf(services);
    files = List.copyOf(files);
  }

  /** A catalog read from no work tree (see {@link Repository#NONE}). */
  public Catalog(
      CatalogSettings settings,
      List<Domain> domains,
      List<Event> events,
      List<Service> services,
      ProtoSchema protos,
      List<String> files) {
    this(settings, domains, events, services, protos, files, Repository.NONE);
  }

  public Optional<Event> event(String name) {
    return events.stream().filter(e -> name.equals(e.name())).findFirst();
  }

  public Optional<Service> service(String name) {
    return services.stream().filter(s -> name.equals(s.name())).findFirst();
  }

  public Optional<Team> team(String name) {
    return Optional.ofNullable(name == null ? null : settings.teams().get(name));
  }

  /** Events by name, first definition wins. */
  public Map<String, Event> eventsByName() {
    Map<String, Event> byName = new LinkedHashMap<>();
    for (Event event : events) {
      if (event.name() != null) {
        byName.putIfAbsent(event.name(), event);
      }
    }
    return byName;
  }
}
