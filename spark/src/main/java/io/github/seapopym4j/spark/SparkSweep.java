package io.github.seapopym4j.spark;

import io.github.seapopym4j.sweep.SweepFunction;
import io.github.seapopym4j.sweep.SweepLimits;
import io.github.seapopym4j.sweep.SweepParts;
import io.github.seapopym4j.sweep.SweepPlan;
import io.github.seapopym4j.sweep.SweepResult;
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
 * Runs a sweep on Apache Spark: each chunk of the plan is one Spark task, which evaluates it with
 * the executor's kernel (built once per JVM from a broadcast {@link SweepFunctionFactory}) and, with an
 * output directory, writes the chunk's result file itself; the driver collects the metric columns
 * and assembles {@code results.csv}. Files, resume and results are those of a local {@link
 * io.github.seapopym4j.sweep.Sweep} (see {@link SweepParts}); the output directory must be on a file
 * system that the driver and every executor share.
 *
 * <pre>{@code
 * SweepResult r = SparkSweep.builder(sc, plan, () -> new BollingerKernel(prices, fee))
 *     .chunkSize(4096).output(Path.of("/shared/sweep")).build().run();
 * }</pre>
 *
 * <p>A failed task is retried by Spark (it rewrites the same chunk file); a job that still fails
 * makes {@link #run()} throw IllegalStateException, and the chunk files already written let a run
 * with {@code resume(true)} finish the sweep.
 */
public final class SparkSweep {

  private final Builder cfg;

  private SparkSweep(Builder cfg) {
    this.cfg = cfg;
  }

  /** A builder for {@code plan} evaluated by the kernels {@code kernel} builds. */
  public static Builder builder(JavaSparkContext sc, SweepPlan plan, SweepFunctionFactory kernel) {
    return new Builder(Objects.requireNonNull(sc, "sc"), Objects.requireNonNull(plan, "plan"),
        Objects.requireNonNull(kernel, "kernel"));
  }

  /**
   * Evaluates every chunk not already in the output directory.
   *
   * @throws IllegalArgumentException when the plan exceeds a ceiling or does not suit the kernel
   * @throws IllegalStateException when the output directory holds a different sweep, or the Spark
   *     job fails after its retries
   */
  public SweepResult run() {
    SweepFunction driverKernel = build(cfg.kernel);
    try {
      SweepParts parts = SweepParts.open(cfg.plan, driverKernel, cfg.chunkSize, cfg.limits,
          cfg.output, cfg.resume);
      int[] pending = parts.pending();
      long kernelNanos = 0;
      long resultNanos = 0;
      if (pending.length > 0) {
        String out = cfg.output == null ? null : cfg.output.toAbsolutePath().toString();
        Task task = new Task("sweep-" + UUID.randomUUID(), cfg.sc.broadcast(
            new Job(parts.plan(), cfg.kernel, parts.chunkSize(), out)));
        List<ChunkResult> results;
        try {
          results = cfg.sc.parallelize(Arrays.stream(pending).boxed().toList(), pending.length)
              .map(task).collect();
        } catch (Exception e) { // Spark throws the checked SparkException through its Scala API
          throw new IllegalStateException("sweep failed on Spark (after its task retries): "
              + e.getMessage(), e);
        } finally {
          task.job.destroy();
          ExecutorCache.release(task.key);
        }
        for (ChunkResult r : results) {
          parts.accept(r.chunk(), r.columns());
          kernelNanos += r.kernelNanos();
          resultNanos += r.resultNanos();
        }
      }
      return parts.finish(kernelNanos, resultNanos, Math.max(1, cfg.sc.defaultParallelism()));
    } finally {
      if (driverKernel instanceof AutoCloseable c) {
        try {
          c.close();
        } catch (Exception e) {
          // the driver's kernel only served checks and metadata
        }
      }
    }
  }

  private static SweepFunction build(SweepFunctionFactory f) {
    try {
      return Objects.requireNonNull(f.create(), "kernel factory returned null");
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot build the sweep kernel: " + e, e);
    }
  }

  /** What every task needs, broadcast once per run. */
  record Job(SweepPlan plan, SweepFunctionFactory kernel, int chunkSize, String output)
      implements Serializable {}

  /** One chunk's metric columns and timings, sent back to the driver. */
  record ChunkResult(int chunk, double[][] columns, long kernelNanos, long resultNanos)
      implements Serializable {}

  /** The Spark task: one chunk. */
  private record Task(String key, Broadcast<Job> job) implements Function<Integer, ChunkResult> {
    @Override
    public ChunkResult call(Integer chunk) {
      Job j = job.value();
      try (ExecutorCache.Lease<SweepFunction> kernel = ExecutorCache.acquire(key,
          () -> build(j.kernel()))) {
        long t0 = System.nanoTime();
        double[][] columns = SweepParts.evaluateChunk(j.plan(), kernel.value(), chunk,
            j.chunkSize());
        long t1 = System.nanoTime();
        if (j.output() != null) {
          SweepParts.writeChunk(j.plan(), kernel.value().metrics(), chunk, j.chunkSize(),
              columns, Path.of(j.output()));
        }
        return new ChunkResult(chunk, columns, t1 - t0, System.nanoTime() - t1);
      }
    }
  }

  /** Settings of a {@link SparkSweep}. */
  public static final class Builder {
    private final JavaSparkContext sc;
    private final SweepPlan plan;
    private final SweepFunctionFactory kernel;
    private int chunkSize = 16_384;
    private SweepLimits limits = SweepLimits.DEFAULT;
    private Path output;
    private boolean resume;

    private Builder(JavaSparkContext sc, SweepPlan plan, SweepFunctionFactory kernel) {
      this.sc = sc;
      this.plan = plan;
      this.kernel = kernel;
    }

    /** Combinations per chunk, i.e. per Spark task (default 16,384). Part of the resume manifest. */
    public Builder chunkSize(int v) {
      if (v < 1) {
        throw new IllegalArgumentException("chunkSize must be >= 1, but was " + v);
      }
      chunkSize = v;
      return this;
    }

    /** Ceilings on combinations and result memory (default {@link SweepLimits#DEFAULT}). */
    public Builder limits(SweepLimits v) {
      limits = Objects.requireNonNull(v, "limits");
      return this;
    }

    /** Chunk files and results.csv go here; every executor must be able to write it. */
    public Builder output(Path dir) {
      output = Objects.requireNonNull(dir, "output");
      return this;
    }

    /** Continue the sweep already in the output directory (default false). */
    public Builder resume(boolean v) {
      resume = v;
      return this;
    }

    public SparkSweep build() {
      if (resume && output == null) {
        throw new IllegalStateException("resume needs an output directory; call output(dir)");
      }
      return new SparkSweep(this);
    }
  }
}
