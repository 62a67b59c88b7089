package dev.eventcontracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParallelTest {

  private static final List<Integer> NUMBERS = IntStream.range(0, 1000).boxed().toList();

  @Test
  void resultsComeInTheItemsOrderNullsIncluded() {
    List<Integer> doubled = Parallel.map(NUMBERS, n -> n % 7 == 0 ? null : n * 2);
    assertEquals(NUMBERS.size(), doubled.size());
    for (int n : NUMBERS) {
      assertEquals(n % 7 == 0 ? null : n * 2, doubled.get(n));
    }
  }

  @Test
  void theWorksExceptionIsThrownToTheCaller() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Parallel.map(
                    NUMBERS,
                    n -> {
                      if (n == 500) {
                        throw new IllegalArgumentException("item 500");
                      }
                      return n;
                    }));
    assertEquals("item 500", thrown.getMessage());
  }

  @Test
  @Timeout(10)
  void workThatRunsParallelWorkItselfDoesNotWaitOnItself() {
    List<Integer> sums =
        Parallel.map(
            NUMBERS.subList(0, 50),
            n -> Parallel.map(NUMBERS, m -> m + n).stream().mapToInt(Integer::intValue).sum());
    assertEquals(499_500 + 1000 * 49, sums.get(49));
  }
}
