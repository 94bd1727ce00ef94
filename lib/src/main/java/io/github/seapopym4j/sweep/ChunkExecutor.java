package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.Checks;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the chunks of a sweep are evaluated: this JVM's threads ({@link LocalChunkExecutor}, the
 * default) or a cluster (the {@code spark} module's {@code SparkChunkExecutor}, found by name
 * through {@link SweepEngineFactory}). The one driver, {@link Sweep}, does everything else (checks,
 * resume, progress, stopping, results), so every engine writes the same files.
 *
 * <p>Contract: {@link #execute} evaluates each given chunk once ({@link SweepParts#evaluateChunk}),
 * with an output directory writes its chunk file ({@link SweepParts#writeChunk}) and then hands its
 * columns to the sink; it takes no new chunk once {@link Sink#stopped()} holds, and throws what an
 * evaluation threw (a cluster engine after its retries, as IllegalStateException).
 */
public interface ChunkExecutor extends AutoCloseable {

  /** Takes the chunks' results (called from any thread; implementations are thread-safe). */
  interface Sink {
    /**
     * The measure columns of chunk {@code chunk}, {@code [measure][combination - from]}.
     *
     * @param functionNanos time spent in {@link SweepFunction#evaluate} [ns]
     * @param resultNanos time spent writing the chunk file [ns]
     */
    void accept(int chunk, double[][] columns, long functionNanos, long resultNanos);

    /** True once the sweep is cancelled or its stop condition holds: take no new chunk. */
    boolean stopped();
  }

  /**
   * What every chunk needs: the plan (values materialised), the function, the chunk size and the
   * output directory (null for none).
   */
  record Job(SweepPlan plan, SweepFunction function, int chunkSize, Path output) {
    /** Checks the parts. */
    public Job {
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(function, "function");
      Checks.atLeast(chunkSize, 1, "chunkSize");
    }
  }

  /** The number of chunks evaluated at once for a sweep of {@code chunkCount} chunks (timings). */
  int workers(int chunkCount);

  /** Evaluates the chunks {@code chunks} (increasing indices) of {@code job} into {@code sink}. */
  void execute(Job job, int[] chunks, Sink sink);

  /** Releases what the engine started for this executor (nothing by default); not called by sweeps. */
  @Override
  default void close() {
  }
}
