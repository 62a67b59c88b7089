package dev.eventcontracts.docs;

import dev.eventcontracts.model.Event;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each page of the site lives, relative to the site root. A path is derived from the name
 * alone, so it stays the same from one build to the next and links to it can be shared.
 */
final class SitePaths {

  private SitePaths() {}

  /**
   * Event paths as they are made: every page that lists events links to them, the fields pages
   * thousands of times each. Bounded, as it lives as long as the class.
   */
  private static final Map<String, String> EVENT_PATHS = new ConcurrentHashMap<>();

  private static final int MAX_CACHED = 100_000;

  static String event(String eventName) {
    String path = EVENT_PATHS.get(eventName);
    if (path == null) {
      path = "events/" + slug(Event.kebab(eventName)) + ".html";
      if (EVENT_PATHS.size() < MAX_CACHED) {
        EVENT_PATHS.put(eventName, path);
      }
    }
    return path;
  }

  static String domain(String id) {
    return "domains/" + slug(id) + ".html";
  }

  static String service(String name) {
    return "services/" + slug(name) + ".html";
  }

  static String team(String name) {
    return "teams/" + slug(name) + ".html";
  }

  static String topic(String name) {
    return "topics/" + slug(name) + ".html";
  }

  static String field(String name) {
    return "fields/" + slug(name) + ".html";
  }

  /** A file name from a catalog name: characters a file system or URL might mangle become '-'. */
  static String slug(String name) {
    if (name == null || name.isEmpty()) {
      return "_";
    }
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || (c == '.' && i > 0);
      out.append(safe ? c : '-');
    }
    return out.toString();
  }
}
