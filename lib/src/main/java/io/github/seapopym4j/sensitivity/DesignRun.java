package io.github.seapopym4j.sensitivity;

import io.github.seapopym4j.sweep.Axis;
import io.github.seapopym4j.sweep.ChunkExecutor;
import io.github.seapopym4j.sweep.SweepMeasure;
import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepFunction;
import io.github.seapopym4j.sweep.SweepLimits;
import io.github.seapopym4j.sweep.SweepPlan;
import io.github.seapopym4j.sweep.SweepResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;

/**
 * Evaluates a {@link SensitivityFunction} at every point of a {@link Design} on the sweep engine:
 * chunks of consecutive points on several threads, results independent of the thread count, and,
 * with an output directory, chunk files that a killed run resumes from.
 *
 * <pre>{@code
 * SaltelliDesign design = SaltelliDesign.of(3, 1 << 14, false, 42);
 * DesignResult r = DesignRun.builder(design, TestFunctions.ishigami()).threads(2).build().run();
 * SobolIndices s = SobolEstimator.analyze(design, f.parameters(), r.column("y"), 1000, 7);
 * }</pre>
 *
 * <p>The output directory holds the sweep's files ({@code sweep.manifest}, {@code chunks/}, then
 * {@code results.csv} with columns {@code combination,point,out_<output>…}); see docs/SWEEPS.md.
 */
public final class DesignRun {

  /** No ceiling on the points beyond Java's arrays: the design checked its own size. */
  public static final SweepLimits LIMITS =
      new SweepLimits(SweepLimits.HARD_MAX_COMBINATIONS, Long.MAX_VALUE);

  private final Builder b;

  private DesignRun(Builder b) {
    this.b = b;
  }

  public static Builder builder(Design design, SensitivityFunction function) {
    return new Builder(design, function);
  }

  /**
   * Evaluates every point not already in the output directory.
   *
   * @throws IllegalStateException when the directory holds a different design or function
   */
  public DesignResult run() {
    if (!b.chunkSet) {
      b.sweep.chunkSize(defaultChunkSize(b.design, b.function));
    }
    return result(b.design, b.function, b.sweep.build().run());
  }

  /**
   * The sweep plan of {@code design}: one integer axis {@code point} = 0 … size−1. With {@link
   * #function} and {@link #result}, this lets another sweep engine evaluate a design, e.g. the spark
   * module: {@code Sweep.builder(DesignRun.plan(d), fn).engine(new SparkChunkExecutor(sc, () ->
   * DesignRun.function(d2, f2)))...},
   * where the factory rebuilds the design and the function on each executor.
   */
  public static SweepPlan plan(Design design) {
    int size = design.size();
    return SweepPlan.grid(Axis.integers(DesignFunction.AXIS, 0, size - 1, size));
  }

  /** The sweep function that evaluates {@code function} at the points of {@code design}. */
  public static SweepFunction function(Design design, SensitivityFunction function) {
    return new DesignFunction(design, function);
  }

  /** The outputs of a sweep of {@link #plan} and {@link #function}, as a design result. */
  public static DesignResult result(Design design, SensitivityFunction function,
      SweepResult sweep) {
    List<SweepMeasure> metrics = DesignFunction.metrics(function.outputs());
    double[][] values = new double[metrics.size()][];
    for (int o = 0; o < values.length; o++) {
      values[o] = sweep.column(metrics.get(o).name());
    }
    return new DesignResult(design, function.outputs(), values, sweep.complete(),
        sweep.timings().evaluated(), sweep.timings().resumed(), sweep.timings().wallNanos() / 1e9);
  }

  /**
   * About 2^20 units of work (time steps × cells) per chunk, at most 16,384 points, and at least 64
   * chunks when the design has that many points (so that every thread gets work). It depends only on
   * the design and the function, never on the thread count, so a run resumes with any thread count.
   */
  static int defaultChunkSize(Design design, SensitivityFunction function) {
    long byWork = (1L << 20) / Math.max(1, function.workPerPoint());
    long bySize = design.size() / 64;
    return (int) Math.max(1, Math.min(16_384, Math.min(byWork, Math.max(1, bySize))));
  }

  /**
   * Settings of a {@link DesignRun}: those of the {@link Sweep} that evaluates the design (the same
   * checks and messages), plus a chunk size that defaults to {@link #defaultChunkSize}.
   */
  public static final class Builder {
    private final Design design;
    private final SensitivityFunction function;
    private final Sweep.Builder sweep;
    private boolean chunkSet;

    private Builder(Design design, SensitivityFunction function) {
      this.design = Objects.requireNonNull(design, "design");
      this.function = Objects.requireNonNull(function, "function");
      this.sweep = Sweep.builder(plan(design), function(design, function)).limits(LIMITS)
          .threads(Runtime.getRuntime().availableProcessors())
          .progressEvery(defaultChunkSize(design, function));
    }

    /** Worker threads (default: all cores); results do not depend on it. */
    public Builder threads(int v) {
      sweep.threads(v);
      return this;
    }

    /**
     * Points per chunk (default {@link #defaultChunkSize}). Part of the resume manifest: resume with
     * the same value.
     */
    public Builder chunkSize(int v) {
      sweep.chunkSize(v).progressEvery(v);
      chunkSet = true;
      return this;
    }

    /**
     * Evaluates the chunks on this engine (e.g. Spark's, whose workers rebuild the design and the
     * function from a factory) instead of local threads; the results are the same.
     */
    public Builder engine(ChunkExecutor v) {
      sweep.engine(v);
      return this;
    }

    /** Writes the sweep's chunk files into {@code dir} (required for {@link #resume}). */
    public Builder output(Path dir) {
      sweep.output(dir);
      return this;
    }

    /** Continue the evaluation already in the output directory. */
    public Builder resume(boolean v) {
      sweep.resume(v);
      return this;
    }

    /** Told the number of points done (resumed included) after each chunk. */
    public Builder listener(LongConsumer v) {
      Objects.requireNonNull(v, "listener");
      sweep.listener(p -> v.accept(p.done()));
      return this;
    }

    /** Stops after the current chunks once this holds for the number of points done. */
    public Builder stopWhen(LongPredicate v) {
      Objects.requireNonNull(v, "stopWhen");
      sweep.stopWhen(p -> v.test(p.done()));
      return this;
    }

    public DesignRun build() {
      sweep.build();
      return new DesignRun(this);
    }
  }
}
