package io.github.seapopym4j.sensitivity;

import io.github.seapopym4j.sweep.Axis;
import io.github.seapopym4j.sweep.Sweep;
import io.github.seapopym4j.sweep.SweepLimits;
import io.github.seapopym4j.sweep.SweepPlan;
import io.github.seapopym4j.sweep.SweepResult;
import java.nio.file.Path;
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
    int size = b.design.size();
    SweepPlan plan = SweepPlan.grid(Axis.integers(DesignKernel.AXIS, 0, size - 1, size));
    DesignKernel kernel = new DesignKernel(b.design, b.function);
    int chunk = b.chunkSize > 0 ? b.chunkSize : defaultChunkSize(b.design, b.function);
    Sweep.Builder sb = Sweep.builder(plan, kernel).threads(b.threads).chunkSize(chunk)
        .limits(new SweepLimits(SweepLimits.HARD_MAX_COMBINATIONS, Long.MAX_VALUE))
        .progressEvery(chunk);
    if (b.output != null) {
      sb.output(b.output).resume(b.resume);
    }
    if (b.listener != null) {
      sb.listener(p -> b.listener.accept(p.done()));
    }
    if (b.stopWhen != null) {
      sb.stopWhen(p -> b.stopWhen.test(p.done()));
    }
    SweepResult r = sb.build().run();
    double[][] values = new double[kernel.metrics().size()][];
    for (int o = 0; o < values.length; o++) {
      values[o] = r.column(kernel.metrics().get(o).name());
    }
    return new DesignResult(b.design, b.function.outputs(), values, r.complete(),
        r.timings().evaluated(), r.timings().resumed(), r.timings().wallNanos() / 1e9);
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

  /** Settings of a {@link DesignRun}. */
  public static final class Builder {
    private final Design design;
    private final SensitivityFunction function;
    private int threads = Runtime.getRuntime().availableProcessors();
    private int chunkSize;
    private Path output;
    private boolean resume;
    private LongConsumer listener;
    private LongPredicate stopWhen;

    private Builder(Design design, SensitivityFunction function) {
      this.design = Objects.requireNonNull(design, "design");
      this.function = Objects.requireNonNull(function, "function");
    }

    /** Worker threads (default: all cores); results do not depend on it. */
    public Builder threads(int v) {
      if (v < 1) {
        throw new IllegalArgumentException("threads must be >= 1, but was " + v);
      }
      threads = v;
      return this;
    }

    /**
     * Points per chunk (default {@link #defaultChunkSize}). Part of the resume manifest: resume with
     * the same value.
     */
    public Builder chunkSize(int v) {
      if (v < 1) {
        throw new IllegalArgumentException("chunk size must be >= 1, but was " + v);
      }
      chunkSize = v;
      return this;
    }

    /** Writes the sweep's chunk files into {@code dir} (required for {@link #resume}). */
    public Builder output(Path dir) {
      output = Objects.requireNonNull(dir, "output");
      return this;
    }

    /** Continue the evaluation already in the output directory. */
    public Builder resume(boolean v) {
      resume = v;
      return this;
    }

    /** Told the number of points done (resumed included) after each chunk. */
    public Builder listener(LongConsumer v) {
      listener = Objects.requireNonNull(v, "listener");
      return this;
    }

    /** Stops after the current chunks once this holds for the number of points done. */
    public Builder stopWhen(LongPredicate v) {
      stopWhen = Objects.requireNonNull(v, "stopWhen");
      return this;
    }

    public DesignRun build() {
      if (resume && output == null) {
        throw new IllegalStateException("resume needs an output directory; call output(dir)");
      }
      return new DesignRun(this);
    }
  }
}
