package dev.eventcontracts.registry;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pauses between attempts double up to a cap, each drawn from its upper half. */
class RetryPolicyTest {

  final RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(1000));

  void assertBetween(long low, long high, int attempt) {
    for (int i = 0; i < 200; i++) {
      long pause = policy.backoff(attempt).toMillis();
      assertTrue(low <= pause && pause <= high, "attempt " + attempt + " paused " + pause);
    }
  }

  @Test
  void pausesDoubleFromTheInitialBackoff() {
    assertBetween(50, 100, 1);
    assertBetween(100, 200, 2);
    assertBetween(200, 400, 3);
  }

  @Test
  void pausesStopGrowingAtTheCap() {
    assertBetween(500, 1000, 5);
    assertBetween(500, 1000, 40);
  }

  @Test
  void atLeastOneAttemptIsMade() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetryPolicy(0, Duration.ofMillis(1), Duration.ofMillis(1)));
  }
}
