package io.github.seapopym4j.sweep;

import io.github.seapopym4j.internal.Checks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Runs a {@link SweepFunction} over every combination of a {@link SweepPlan}, in chunks, on several
 * threads, into a columnar {@link SweepResult}.
 *
 * <pre>{@code
 * SweepPlan plan = SweepPlan.grid(Axis.integers("window", 10, 250, 121),
 *     Axis.linear("k", 0.5, 3.5, 121), Axis.linear("exit", -1, 2, 121));
 * SweepResult result = Sweep.builder(plan, new BollingerKernel(prices, 98_280))
 *     .threads(2).output(Path.of("out")).resume(true)
 *     .listener(p -> System.err.println(p))
 *     .build().run();
 * }</pre>
 *
 * <p>How it runs: this is the one sweep driver. The combinations are cut into chunks of {@link
 * Builder#chunkSize(int)} consecutive indices (16,384 by default); a {@link ChunkExecutor} evaluates
 * the chunks not already done: by default {@link LocalChunkExecutor}, whose {@code threads} workers
 * take chunks in increasing order and call the function once per chunk (and, with an output
 * directory, write the chunk file); {@link Builder#engine} gives another (e.g. Spark's, found with
 * {@link SweepEngineFactory}). The driver copies each chunk's columns into the result ({@link
 * SweepParts}). Each chunk writes only its own slice, so the results do not depend on the number of
 * threads or on the engine. Before anything runs, {@link SweepLimits#check(SweepPlan, int)}
 * refuses plans above the ceilings.
 *
 * <p>Stopping: {@link #cancel()} from any thread, or a {@link Builder#stopWhen(Predicate)} predicate
 * tested after each chunk, stops the workers after their current chunk; {@link #run()} then returns
 * an incomplete result ({@link SweepResult#complete()} false). A function exception stops the sweep
 * likewise and is rethrown by {@link #run()}. Either way the chunk files already written stay, and a
 * run with {@link Builder#resume(boolean)} over the same directory finishes the sweep.
 *
 * @implNote A Sweep object runs once; the function is called from several threads at once.
 */
public final class Sweep {

  private final SweepPlan plan;
  private final SweepFunction function;
  private final ChunkExecutor engine;
  private final int chunkSize;
  private final SweepLimits limits;
  private final long progressEvery;
  private final SweepListener listener;
  private final Predicate<SweepProgress> stopWhen;
  private final Path output;
  private final boolean resume;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicBoolean started = new AtomicBoolean();

  private Sweep(Builder b) {
    this.plan = b.plan;
    this.function = b.function;
    this.engine = b.engine != null ? b.engine : b.executor != null
        ? LocalChunkExecutor.on(b.executor, b.threads) : LocalChunkExecutor.threads(b.threads);
    this.chunkSize = b.chunkSize;
    this.limits = b.limits;
    this.progressEvery = b.progressEvery;
    this.listener = b.listener;
    this.stopWhen = b.stopWhen;
    this.output = b.output;
    this.resume = b.resume;
  }

  /** A builder for a sweep of {@code function} over {@code plan}. */
  public static Builder builder(SweepPlan plan, SweepFunction function) {
    return new Builder(plan, function);
  }

  /** Asks the workers to stop after their current chunk. */
  public void cancel() {
    cancelled.set(true);
  }

  /**
   * Checks the ceilings and the function, evaluates every combination not already in the output
   * directory, and returns the results.
   *
   * @throws IllegalArgumentException when the plan exceeds a ceiling or does not suit the function
   * @throws IllegalStateException when the output directory holds a different sweep
   * @throws RuntimeException whatever the function threw
   */
  public SweepResult run() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("a Sweep runs once; build another one");
    }
    SweepParts parts = SweepParts.open(plan, function, chunkSize, limits, output, resume);
    long t0 = System.nanoTime();
    int n = (int) plan.combinations();
    int[] pending = parts.pending();
    State state = new State(parts, n, parts.resumed(), t0);
    if (pending.length > 0) {
      engine.execute(new ChunkExecutor.Job(parts.plan(), function, chunkSize, output), pending,
          state);
    }
    SweepResult result = parts.finish(state.kernelNanos, state.resultNanos,
        engine.workers(parts.chunkCount()));
    if (listener != null && result.complete() && state.lastReported != state.done) {
      listener.onProgress(state.progress(System.nanoTime()));
    }
    return result;
  }

  /** What the chunk files of a sweep belong to (shared with {@link SweepParts}). */
  static String manifest(SweepPlan plan, SweepFunction function, List<SweepMeasure> metrics, int chunkSize) {
    StringBuilder sb = new StringBuilder("seapopym4j sweep manifest, format 1\n");
    sb.append("plan ").append(plan.describe()).append('\n');
    sb.append("kernel ").append(function.describe()).append('\n');
    sb.append("metrics");
    for (SweepMeasure m : metrics) {
      sb.append(' ').append(m.name());
    }
    sb.append('\n').append("chunk_size ").append(chunkSize).append('\n');
    return sb.toString();
  }

  /** SweepMeasure names must not clash with axis names or the index column. */
  static void checkNames(SweepPlan plan, List<SweepMeasure> metrics) {
    List<String> names = new ArrayList<>(List.of("combination"));
    names.addAll(plan.axisNames());
    for (SweepMeasure m : metrics) {
      if (names.contains(m.name())) {
        throw new IllegalArgumentException("metric name '" + m.name()
            + "' clashes with an axis name or 'combination'; columns are " + names);
      }
      names.add(m.name());
    }
    if (plan.axisNames().contains("combination")) {
      throw new IllegalArgumentException("no axis may be called 'combination' (the index column)");
    }
  }

  /** The driver's side of the executor: takes chunks, counts, reports progress, stops. */
  private final class State implements ChunkExecutor.Sink {
    final SweepParts parts;
    final int total;
    final long t0;
    final long resumed;
    long kernelNanos;
    long resultNanos;
    long done;
    long lastReported = -1;
    long nextReport;

    State(SweepParts parts, int total, long resumed, long t0) {
      this.parts = parts;
      this.total = total;
      this.resumed = resumed;
      this.done = resumed;
      this.t0 = t0;
      this.nextReport = (resumed / progressEvery + 1) * progressEvery;
    }

    @Override
    public boolean stopped() {
      return cancelled.get();
    }

    @Override
    public synchronized void accept(int chunk, double[][] columns, long functionNanos,
        long writeNanos) {
      long a0 = System.nanoTime();
      parts.accept(chunk, columns);
      long now = System.nanoTime();
      kernelNanos += functionNanos;
      resultNanos += writeNanos + (now - a0);
      done += chunkLength(chunk);
      SweepProgress p = null;
      if (done >= nextReport || done == total) {
        nextReport = (done / progressEvery + 1) * progressEvery;
        p = progress(now);
        if (listener != null) {
          listener.onProgress(p);
          lastReported = done;
        }
      }
      if (stopWhen != null && stopWhen.test(p != null ? p : progress(now))) {
        cancelled.set(true);
      }
    }

    private int chunkLength(int chunk) {
      return (int) (Math.min(total, (long) (chunk + 1) * chunkSize) - (long) chunk * chunkSize);
    }

    synchronized SweepProgress progress(long now) {
      return new SweepProgress(done, total, resumed, now - t0, kernelNanos, resultNanos);
    }
  }

  /** Settings of a {@link Sweep}; checked eagerly. */
  public static final class Builder {
    private final SweepPlan plan;
    private final SweepFunction function;
    private int threads = Runtime.getRuntime().availableProcessors();
    private ExecutorService executor;
    private ChunkExecutor engine;
    private int chunkSize = 16_384;
    private SweepLimits limits = SweepLimits.DEFAULT;
    private long progressEvery = 100_000;
    private SweepListener listener;
    private Predicate<SweepProgress> stopWhen;
    private Path output;
    private boolean resume;

    private Builder(SweepPlan plan, SweepFunction function) {
      this.plan = Objects.requireNonNull(plan, "plan");
      this.function = Objects.requireNonNull(function, "function");
    }

    /** Worker threads (default: all cores). With {@link #executor}, the number of tasks submitted. */
    public Builder threads(int v) {
      threads = Checks.atLeast(v, 1, "threads");
      return this;
    }

    /**
     * Evaluates the chunks with {@code v} (e.g. the {@code spark} module's executor, or one from
     * {@link SweepEngineFactory}) instead of this JVM's threads; {@link #threads} and {@link
     * #executor} then do not apply.
     */
    public Builder engine(ChunkExecutor v) {
      engine = Objects.requireNonNull(v, "engine");
      return this;
    }

    /** Runs the workers on this executor (not shut down by the sweep) instead of a private pool. */
    public Builder executor(ExecutorService v) {
      executor = Objects.requireNonNull(v, "executor");
      return this;
    }

    /** Combinations per function call and per chunk file (default 16,384). Part of the resume manifest. */
    public Builder chunkSize(int v) {
      chunkSize = Checks.atLeast(v, 1, "chunkSize");
      return this;
    }

    /** Ceilings on combinations and result memory (default {@link SweepLimits#DEFAULT}). */
    public Builder limits(SweepLimits v) {
      limits = Objects.requireNonNull(v, "limits");
      return this;
    }

    /** Report progress each time this many more combinations are done (default 100,000). */
    public Builder progressEvery(long v) {
      progressEvery = Checks.atLeast(v, 1, "progressEvery");
      return this;
    }

    public Builder listener(SweepListener v) {
      listener = Objects.requireNonNull(v, "listener");
      return this;
    }

    /** Stops the sweep (incomplete result) once this holds, tested after each chunk. */
    public Builder stopWhen(Predicate<SweepProgress> v) {
      stopWhen = Objects.requireNonNull(v, "stopWhen");
      return this;
    }

    /** Writes chunk files and the final results.csv into this directory (see {@link #resume}). */
    public Builder output(Path dir) {
      output = Objects.requireNonNull(dir, "output");
      return this;
    }

    /** Continue the sweep already in the output directory (default false: refuse a used directory). */
    public Builder resume(boolean v) {
      resume = v;
      return this;
    }

    public Sweep build() {
      if (resume && output == null) {
        throw new IllegalStateException("resume needs an output directory; call output(dir)");
      }
      return new Sweep(this);
    }
  }
}
