package dev.eventcontracts.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertEquals("", UnifiedDiff.of("a", "x\ny\n", "b", "x\ny\n"));
  }

  @Test
  void changedLineWithThreeLinesOfContext() {
    String old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
    String now = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    assertEquals(
        """
        --- CODEOWNERS
        +++ CODEOWNERS (generated)
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """,
        UnifiedDiff.of("CODEOWNERS", old, "CODEOWNERS (generated)", now));
  }

  @Test
  void addedLinesAtTheEndAndAnEmptyOldFile() {
    assertEquals(
        """
        --- a
        +++ b
        @@ -1,2 +1,3 @@
         x
         y
        +z
        """,
        UnifiedDiff.of("a", "x\ny\n", "b", "x\ny\nz\n"));
    assertEquals(
        """
        --- a
        +++ b
        @@ -0,0 +1 @@
        +z
        """,
        UnifiedDiff.of("a", "", "b", "z\n"));
  }
}
