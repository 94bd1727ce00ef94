package io.github.seapopym4j.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The one parallel loop of the library: tasks {@code 0 … n-1}, addressed by index, run by a few
 * workers that each take the next index from a shared counter (so tasks start in increasing order
 * and a slow task does not hold up the others). Used by population evaluation and sweeps.
 *
 * <p>Policy:
 * <ul>
 *   <li><b>failure</b>: once a task throws, no worker takes a new index; when the running ones have
 *       finished, the exception of the <em>lowest failing index</em> is rethrown (a {@link
 *       RuntimeException} or {@link Error} as it is, a checked one wrapped in IllegalStateException);
 *       so the exception does not depend on the number of workers. Tasks that want a penalty instead
 *       catch their own exceptions;</li>
 *   <li><b>cancellation</b>: {@code stop} is tested before each index is taken; when it holds, the
 *       workers stop after their current task and {@link #run} returns normally;</li>
 *   <li><b>interruption</b> of the calling thread cancels the workers and throws
 *       IllegalStateException.</li>
 * </ul>
 * Results are the caller's: a task writes its slot {@code i} of a result array, which makes them
 * independent of the number of workers.
 */
public final class IndexedTasks {

  private IndexedTasks() {}

  /**
   * Runs {@code task} for every index in {@code [0, n)} on up to {@code workers} tasks of {@code
   * executor}; with one worker (or {@code n ≤ 1}) on the calling thread.
   *
   * @param what what the tasks do, for the interruption message (e.g. "evaluating the population")
   * @param stop tested before each index is taken; true stops the loop (may be null: never)
   */
  public static void run(int n, int workers, ExecutorService executor, IntConsumer task,
      BooleanSupplier stop, String what) {
    Objects.requireNonNull(task, "task");
    if (n < 0 || workers < 1) {
      throw new IllegalArgumentException(String.format(
          "tasks must be ≥ 0 and workers ≥ 1, but were %d and %d", n, workers));
    }
    BooleanSupplier halt = stop == null ? () -> false : stop;
    AtomicInteger next = new AtomicInteger();
    Failure failure = new Failure();
    Runnable worker = () -> {
      while (!failure.seen() && !halt.getAsBoolean()) {
        int i = next.getAndIncrement();
        if (i >= n) {
          return;
        }
        try {
          task.accept(i);
        } catch (RuntimeException | Error e) {
          failure.record(i, e);
        }
      }
    };
    int w = Math.min(workers, n);
    if (w <= 1) {
      worker.run();
      failure.rethrow();
      return;
    }
    Objects.requireNonNull(executor, "executor");
    List<Future<?>> futures = new ArrayList<>(w);
    for (int k = 0; k < w; k++) {
      futures.add(executor.submit(worker));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        failure.record(Integer.MAX_VALUE, e.getCause());
      } catch (InterruptedException e) {
        failure.record(Integer.MAX_VALUE, e); // stops the other workers after their current task
        futures.forEach(x -> x.cancel(true));
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while " + what, e);
      }
    }
    failure.rethrow();
  }

  /**
   * How many workers an executor supports: the pool size of a {@link ThreadPoolExecutor} or {@link
   * ForkJoinPool} (at most 4 per processor), otherwise the number of processors.
   */
  public static int parallelism(ExecutorService executor) {
    int cpus = Runtime.getRuntime().availableProcessors();
    int n = executor instanceof ThreadPoolExecutor t ? t.getMaximumPoolSize()
        : executor instanceof ForkJoinPool f ? f.getParallelism() : cpus;
    return Math.max(1, Math.min(n, 4 * cpus));
  }

  /** The failure of the lowest index, kept until every worker has stopped. */
  private static final class Failure {
    private int index = Integer.MAX_VALUE;
    private Throwable error;
    private volatile boolean seen;

    boolean seen() {
      return seen;
    }

    synchronized void record(int at, Throwable e) {
      seen = true;
      if (error == null || at < index) {
        index = at;
        error = e;
      }
    }

    synchronized void rethrow() {
      if (error instanceof RuntimeException r) {
        throw r;
      }
      if (error instanceof Error e) {
        throw e;
      }
      if (error != null) {
        throw new IllegalStateException("task " + index + " failed: " + error, error);
      }
    }
  }
}
