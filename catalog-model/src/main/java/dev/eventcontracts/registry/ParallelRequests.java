package dev.eventcontracts.registry;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waits for requests sent in parallel; the first failure is the one reported. */
final class ParallelRequests {

  private ParallelRequests() {}

  /** Waits for every future, then rethrows the first failure, if any. */
  static void awaitAll(List<Future<?>> futures, String what) {
    RuntimeException first = null;
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (ExecutionException e) {
        if (first == null) {
          first =
              e.getCause() instanceof RuntimeException runtime
                  ? runtime
                  : new IllegalStateException(e.getCause());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(what + " interrupted", e);
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
