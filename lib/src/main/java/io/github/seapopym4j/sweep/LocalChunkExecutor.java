package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.Checks;
import io.github.seapopym4j.internal.IndexedTasks;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Evaluates a sweep's chunks on this JVM's threads ({@link IndexedTasks}): workers take chunks in
 * increasing order; a failing chunk stops them and the lowest failing chunk's exception is thrown.
 * Each chunk writes only its own slice and file, so results do not depend on the thread count.
 */
public final class LocalChunkExecutor implements ChunkExecutor {

  private final int threads;
  private final ExecutorService executor;

  private LocalChunkExecutor(int threads, ExecutorService executor) {
    Checks.atLeast(threads, 1, "threads");
    this.threads = threads;
    this.executor = executor;
  }

  /** On {@code threads} threads of a pool created and shut down by each sweep. */
  public static LocalChunkExecutor threads(int threads) {
    return new LocalChunkExecutor(threads, null);
  }

  /** As {@code tasks} tasks of {@code executor} (not shut down here). */
  public static LocalChunkExecutor on(ExecutorService executor, int tasks) {
    return new LocalChunkExecutor(tasks, Objects.requireNonNull(executor, "executor"));
  }

  @Override
  public int workers(int chunkCount) {
    return Math.max(1, Math.min(threads, chunkCount));
  }

  @Override
  public void execute(Job job, int[] chunks, Sink sink) {
    int workers = Math.max(1, Math.min(threads, chunks.length));
    ExecutorService pool = executor != null || workers == 1 ? executor
        : Executors.newFixedThreadPool(workers, r -> {
          Thread t = new Thread(r, "sweep-worker");
          t.setDaemon(true);
          return t;
        });
    try {
      IndexedTasks.run(chunks.length, workers, pool, k -> {
        int chunk = chunks[k];
        long t0 = System.nanoTime();
        double[][] columns = SweepParts.evaluateChunk(job.plan(), job.function(), chunk,
            job.chunkSize());
        long t1 = System.nanoTime();
        if (job.output() != null) {
          SweepParts.writeChunk(job.plan(), job.function().metrics(), chunk, job.chunkSize(),
              columns, job.output());
        }
        sink.accept(chunk, columns, t1 - t0, System.nanoTime() - t1);
      }, sink::stopped, "running the sweep");
    } finally {
      if (executor == null && pool != null) {
        pool.shutdownNow();
      }
    }
  }
}
