package dev.eventcontracts.registry;

import dev.eventcontracts.testing.TestCatalog;
import java.nio.file.Path;

/** The test catalog with {@code count} more lint-clean events, each on its own topic and file. */
final class ManyEvents {

  private ManyEvents() {}

  static TestCatalog write(Path dir, int count) {
    TestCatalog catalog = TestCatalog.in(dir);
    for (int i = 0; i < count; i++) {
      String word = word(i);
      String name = "Note" + word + "Posted";
      String kebab = "note-" + word.toLowerCase(java.util.Locale.ROOT) + "-posted";
      catalog
          .write(
              "domains/messaging/events/" + kebab + ".yaml",
              """
              name: %s
              version: 1
              summary: A note was posted.
              owner: messaging
              status: active
              schema: { message: acme.messaging.v1.%s }
              topics:
                - { name: messaging.%s.v1, key: note_id }
              producers: [chat-service]
              consumers: [archiver]
              classification: public
              tenancy: single
              """
                  .formatted(name, name, kebab))
          .write(
              "schemas/acme/messaging/v1/" + kebab.replace('-', '_') + ".proto",
              """
              syntax = "proto3";

              package acme.messaging.v1;

              // A note was posted.
              message %s {
                // The note.
                string note_id = 1;
              }
              """
                  .formatted(name));
    }
    return catalog;
  }

  /** 0 → Aaa, 1 → Aab, …: names of letters only, as PascalCase and kebab-case keep them. */
  private static String word(int i) {
    char[] letters = new char[3];
    for (int k = 2; k >= 0; k--) {
      letters[k] = (char) ('a' + i % 26);
      i /= 26;
    }
    letters[0] = Character.toUpperCase(letters[0]);
    return new String(letters);
  }
}
