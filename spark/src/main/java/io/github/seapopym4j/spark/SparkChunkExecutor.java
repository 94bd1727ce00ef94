package io.github.seapopym4j.spark;

import io.github.seapopym4j.sweep.ChunkExecutor;
import io.github.seapopym4j.sweep.SweepFunction;
import io.github.seapopym4j.sweep.SweepFunctionFactory;
import io.github.seapopym4j.sweep.SweepParts;
import io.github.seapopym4j.sweep.SweepPlan;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * Evaluates a sweep's chunks on Apache Spark, as the {@link ChunkExecutor} of the one sweep driver
 * ({@link io.github.seapopym4j.sweep.Sweep}): each chunk is one Spark task, which evaluates it with
 * the executor's function (built once per JVM from a broadcast {@link SweepFunctionFactory}, see
 * {@link ExecutorCache}) and, with an output directory, writes the chunk's result file itself; the
 * driver collects the measure columns. Files, resume and results are those of a local sweep; the
 * output directory must be on a file system that the driver and every executor share.
 *
 * <pre>{@code
 * SweepFunctionFactory f = () -> new BollingerKernel(prices, fee);
 * SweepResult r = Sweep.builder(plan, SweepFunctionFactory.build(f))
 *     .engine(new SparkChunkExecutor(sc, f)).chunkSize(4096).output(Path.of("/shared/sweep"))
 *     .build().run();
 * }</pre>
 *
 * <p>A failed task is retried by Spark (it rewrites the same chunk file); a job that still fails
 * makes {@code run()} throw IllegalStateException, and the chunk files already written let a run
 * with {@code resume(true)} finish the sweep. Chunks are handed to the driver once the job is done,
 * so progress and {@code stopWhen} apply per job, not per chunk.
 */
public final class SparkChunkExecutor implements ChunkExecutor {

  private final JavaSparkContext sc;
  private final SweepFunctionFactory function;
  private final boolean ownsContext;

  /** Runs on {@code sc} (left running) with functions built by {@code function} on the executors. */
  public SparkChunkExecutor(JavaSparkContext sc, SweepFunctionFactory function) {
    this(sc, function, false);
  }

  SparkChunkExecutor(JavaSparkContext sc, SweepFunctionFactory function, boolean ownsContext) {
    this.sc = Objects.requireNonNull(sc, "sc");
    this.function = Objects.requireNonNull(function, "function");
    this.ownsContext = ownsContext;
  }

  /** The default parallelism of the Spark context. */
  @Override
  public int workers(int chunkCount) {
    return Math.max(1, sc.defaultParallelism());
  }

  /**
   * Runs one Spark job of {@code chunks.length} tasks; the job's function (on the driver) serves
   * only the checks, the executors build their own.
   *
   * @throws IllegalStateException when the Spark job fails after its task retries
   */
  @Override
  public void execute(Job job, int[] chunks, Sink sink) {
    if (chunks.length == 0 || sink.stopped()) {
      return;
    }
    String out = job.output() == null ? null : job.output().toAbsolutePath().toString();
    Task task = new Task("sweep-" + UUID.randomUUID(),
        sc.broadcast(new SparkJob(job.plan(), function, job.chunkSize(), out)));
    List<ChunkResult> results;
    try {
      results = sc.parallelize(Arrays.stream(chunks).boxed().toList(), chunks.length).map(task)
          .collect();
    } catch (Exception e) { // Spark throws the checked SparkException through its Scala API
      throw new IllegalStateException("sweep failed on Spark (after its task retries): "
          + SparkContexts.failure(e), e);
    } finally {
      task.job.destroy();
      ExecutorCache.release(task.key);
    }
    for (ChunkResult r : results) {
      sink.accept(r.chunk(), r.columns(), r.functionNanos(), r.resultNanos());
    }
  }

  /** Stops the Spark context when this executor started it ({@link SparkSweepEngineFactory}). */
  @Override
  public void close() {
    if (ownsContext) {
      sc.stop();
    }
  }

  /** What every task needs, broadcast once per run. */
  record SparkJob(SweepPlan plan, SweepFunctionFactory function, int chunkSize, String output)
      implements Serializable {}

  /** One chunk's measure columns and timings, sent back to the driver. */
  record ChunkResult(int chunk, double[][] columns, long functionNanos, long resultNanos)
      implements Serializable {}

  /** The Spark task: one chunk. */
  private record Task(String key, Broadcast<SparkJob> job)
      implements Function<Integer, ChunkResult> {
    @Override
    public ChunkResult call(Integer chunk) {
      SparkJob j = job.value();
      try (ExecutorCache.Lease<SweepFunction> fn = ExecutorCache.acquire(key,
          () -> SweepFunctionFactory.build(j.function()))) {
        long t0 = System.nanoTime();
        double[][] columns = SweepParts.evaluateChunk(j.plan(), fn.value(), chunk, j.chunkSize());
        long t1 = System.nanoTime();
        if (j.output() != null) {
          SweepParts.writeChunk(j.plan(), fn.value().metrics(), chunk, j.chunkSize(), columns,
              Path.of(j.output()));
        }
        return new ChunkResult(chunk, columns, t1 - t0, System.nanoTime() - t1);
      }
    }
  }
}
