package dev.eventcontracts.registry;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how patiently a failed request is tried again: exponential backoff, each pause
 * drawn at random from its upper half so parallel workers that failed together do not retry
 * together.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(5));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** The pause before attempt {@code attempt + 1}, where {@code attempt} starts at 1. */
  public Duration backoff(int attempt) {
    long cap = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
    long bound = Math.max(1, Math.min(cap, maxBackoff.toMillis()));
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound / 2, bound + 1));
  }
}
