package dev.eventcontracts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Runs independent pieces of work on a fixed pool of daemon threads, one per core, while the caller
 * waits parked. Parallel streams would use the JDK's common pool instead, which has one worker
 * fewer than the machine has cores, and a thread waiting there for its stream spins looking for
 * work to help with: on two cores, with the YAML and the protos loading side by side, that spinning
 * took a twelfth of a lint's CPU time.
 */
public final class Parallel {

  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  /** Pieces per thread: enough that a slow piece does not leave the other threads idle. */
  private static final int PIECES_PER_THREAD = 4;

  private static final ExecutorService POOL =
      Executors.newFixedThreadPool(
          THREADS,
          task -> {
            Thread thread = new Worker(task);
            thread.setDaemon(true);
            return thread;
          });

  private Parallel() {}

  /** A thread of the pool: work it hands to {@link #map} runs on it, so nothing waits on itself. */
  private static final class Worker extends Thread {
    Worker(Runnable task) {
      super(task, "catalog-worker");
    }
  }

  /**
   * {@code work} applied to every item, in the items' order (null results included). The first
   * unchecked exception or error thrown by the work is thrown here.
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
    if (items.size() < 2 || THREADS < 2 || Thread.currentThread() instanceof Worker) {
      List<R> results = new ArrayList<>(items.size());
      items.forEach(item -> results.add(work.apply(item)));
      return results;
    }
    int pieces = Math.min(items.size(), THREADS * PIECES_PER_THREAD);
    List<Future<List<R>>> running = new ArrayList<>(pieces);
    for (int i = 0; i < pieces; i++) {
      List<T> piece = items.subList(i * items.size() / pieces, (i + 1) * items.size() / pieces);
      running.add(
          POOL.submit(
              () -> {
                List<R> results = new ArrayList<>(piece.size());
                piece.forEach(item -> results.add(work.apply(item)));
                return results;
              }));
    }
    List<R> results = new ArrayList<>(items.size());
    for (Future<List<R>> piece : running) {
      results.addAll(await(piece));
    }
    return results;
  }

  /**
   * Starts {@code work} on a daemon thread of its own, named {@code name}, for one long piece that
   * runs beside the caller (the protos beside the YAML, the catalog to compare with beside the
   * current one). {@link #await} its result; a failure stays in the future until then, and is
   * dropped with it when nobody asks.
   */
  public static <R> Future<R> start(String name, Callable<R> work) {
    FutureTask<R> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /**
   * The result of work running on another thread, waited for parked; the work's unchecked exception
   * or error is thrown here as it was thrown there.
   */
  public static <R> R await(Future<R> work) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for work on another thread", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException unchecked) {
        throw unchecked;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
