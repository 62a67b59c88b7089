package dev.eventcontracts.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Versions as release tags name them. */
class SemanticVersionTest {

  @Test
  void aTagNamesItsVersion() {
    assertEquals(Optional.of(new SemanticVersion(1, 4, 0)), SemanticVersion.namedBy("v1.4.0"));
    assertEquals(Optional.of(new SemanticVersion(1, 4, 0)), SemanticVersion.namedBy("1.4.0"));
    assertEquals(
        Optional.of(new SemanticVersion(2, 0, 11)),
        SemanticVersion.namedBy("refs/tags/contracts-v2.0.11"));
    assertEquals(Optional.empty(), SemanticVersion.namedBy("main"));
    assertEquals(Optional.empty(), SemanticVersion.namedBy("HEAD~1"));
  }

  @Test
  void eachBumpResetsTheNumbersAfterIt() {
    SemanticVersion v = SemanticVersion.parse("1.4.2", "--current");
    assertEquals("2.0.0", v.nextMajor().toString());
    assertEquals("1.5.0", v.nextMinor().toString());
    assertEquals("1.4.3", v.nextPatch().toString());
  }
}
