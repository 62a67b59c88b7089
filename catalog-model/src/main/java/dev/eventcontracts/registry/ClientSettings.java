package dev.eventcontracts.registry;

import java.time.Duration;

/** Timeouts and retries of the registry client. */
public record ClientSettings(Duration connectTimeout, Duration requestTimeout, RetryPolicy retry) {

  public static final ClientSettings DEFAULT =
      new ClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(30), RetryPolicy.DEFAULT);
}
