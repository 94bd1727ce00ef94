package io.github.seapopym4j.sweep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Runs a {@link SweepKernel} over every combination of a {@link SweepPlan}, in chunks, on several
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
 * <p>How it runs: the combinations are cut into chunks of {@link Builder#chunkSize(int)} consecutive
 * indices (16,384 by default); {@code threads} workers take chunks in increasing order from a shared
 * counter, call the kernel once per chunk, and copy the chunk's columns into the result (and, with an
 * output directory, write the chunk file). Each chunk writes only its own slice, so the results do
 * not depend on the number of threads. Before anything runs, {@link SweepLimits#check(SweepPlan, int)}
 * refuses plans above the ceilings.
 *
 * <p>Stopping: {@link #cancel()} from any thread, or a {@link Builder#stopWhen(Predicate)} predicate
 * tested after each chunk, stops the workers after their current chunk; {@link #run()} then returns
 * an incomplete result ({@link SweepResult#complete()} false). A kernel exception stops the sweep
 * likewise and is rethrown by {@link #run()}. Either way the chunk files already written stay, and a
 * run with {@link Builder#resume(boolean)} over the same directory finishes the sweep.
 *
 * @implNote A Sweep object runs once; the kernel is called from several threads at once.
 */
public final class Sweep {

  private final SweepPlan plan;
  private final SweepKernel kernel;
  private final int threads;
  private final ExecutorService executor;
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
    this.kernel = b.kernel;
    this.threads = b.threads;
    this.executor = b.executor;
    this.chunkSize = b.chunkSize;
    this.limits = b.limits;
    this.progressEvery = b.progressEvery;
    this.listener = b.listener;
    this.stopWhen = b.stopWhen;
    this.output = b.output;
    this.resume = b.resume;
  }

  /** A builder for a sweep of {@code kernel} over {@code plan}. */
  public static Builder builder(SweepPlan plan, SweepKernel kernel) {
    return new Builder(plan, kernel);
  }

  /** Asks the workers to stop after their current chunk. */
  public void cancel() {
    cancelled.set(true);
  }

  /**
   * Checks the ceilings and the kernel, evaluates every combination not already in the output
   * directory, and returns the results.
   *
   * @throws IllegalArgumentException when the plan exceeds a ceiling or does not suit the kernel
   * @throws IllegalStateException when the output directory holds a different sweep
   * @throws RuntimeException whatever the kernel threw
   */
  public SweepResult run() {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("a Sweep runs once; build another one");
    }
    List<Metric> metrics = kernel.metrics();
    limits.check(plan, metrics.size());
    checkNames(plan, metrics);
    kernel.check(plan);
    long t0 = System.nanoTime();
    plan.materialise();
    int n = (int) plan.combinations();
    int chunkCount = (int) ((n + (long) chunkSize - 1) / chunkSize);
    double[][] columns = new double[metrics.size()][n];
    for (double[] c : columns) {
      Arrays.fill(c, Double.NaN);
    }
    SweepResultsCsv csv = new SweepResultsCsv(plan, metrics);
    boolean[] done = new boolean[chunkCount];
    State state = new State(n, t0);

    ChunkStore store = output == null ? null : new ChunkStore(output,
        manifest(plan, kernel, metrics, chunkSize), resume);
    if (store != null) {
      long r0 = System.nanoTime();
      state.resumed = store.load(csv, columns, chunkSize, done);
      state.done = state.resumed;
      state.resultNanos.addAndGet(System.nanoTime() - r0);
    }

    int workers = Math.max(1, Math.min(threads, chunkCount));
    ExecutorService pool = executor != null ? executor
        : Executors.newFixedThreadPool(workers, r -> {
          Thread t = new Thread(r, "sweep-worker");
          t.setDaemon(true);
          return t;
        });
    AtomicInteger next = new AtomicInteger();
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int w = 0; w < workers; w++) {
        futures.add(pool.submit(() -> {
          try {
            work(next, done, chunkCount, n, columns, csv, store, state);
          } catch (RuntimeException | Error e) {
            cancelled.set(true); // stop the other workers after their current chunk
            throw e;
          }
        }));
      }
      RuntimeException failure = null;
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          cancelled.set(true);
          failure = firstFailure(failure, e.getCause());
        } catch (InterruptedException e) {
          cancelled.set(true);
          Thread.currentThread().interrupt();
          failure = firstFailure(failure, new IllegalStateException("sweep interrupted", e));
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      if (executor == null) {
        pool.shutdownNow();
      }
    }

    boolean complete = state.done == n;
    if (complete && store != null && !store.resultsComplete()) {
      long r0 = System.nanoTime();
      store.assemble(csv.header(), chunkCount);
      state.resultNanos.addAndGet(System.nanoTime() - r0);
    }
    long wall = System.nanoTime() - t0;
    if (listener != null && complete && state.lastReported != state.done) {
      listener.onProgress(state.progress(System.nanoTime()));
    }
    SweepTimings timings = new SweepTimings(wall, state.kernelNanos.get(), state.resultNanos.get(),
        workers, state.done - state.resumed, state.resumed);
    return new SweepResult(plan, metrics, columns, complete, state.done, timings,
        kernel.workPerCombination(), store == null ? null : store.results());
  }

  private void work(AtomicInteger next, boolean[] done, int chunkCount, int n, double[][] columns,
      SweepResultsCsv csv, ChunkStore store, State state) {
    while (!cancelled.get()) {
      int i = next.getAndIncrement();
      if (i >= chunkCount) {
        return;
      }
      if (done[i]) {
        continue;
      }
      int from = i * chunkSize;
      int to = chunkEnd(i, n);
      Chunk chunk = new Chunk(plan, i, from, to, columns.length);
      long k0 = System.nanoTime();
      kernel.evaluate(chunk);
      long k1 = System.nanoTime();
      for (int m = 0; m < columns.length; m++) {
        System.arraycopy(chunk.column(m), 0, columns[m], from, to - from);
      }
      if (store != null) {
        StringBuilder sb = new StringBuilder((to - from) * 96);
        double[][] chunkColumns = new double[columns.length][];
        for (int m = 0; m < columns.length; m++) {
          chunkColumns[m] = chunk.column(m);
        }
        for (int c = from; c < to; c++) {
          csv.appendRow(sb, c, chunkColumns, c - from);
        }
        store.writeChunk(i, sb.toString().getBytes(StandardCharsets.ISO_8859_1));
      }
      long k2 = System.nanoTime();
      state.kernelNanos.addAndGet(k1 - k0);
      state.resultNanos.addAndGet(k2 - k1);
      state.finished(to - from, k2);
    }
  }

  private int chunkEnd(int chunk, int n) {
    return (int) Math.min(n, (long) (chunk + 1) * chunkSize);
  }

  /** What the chunk files of a sweep belong to (shared with {@link SweepParts}). */
  static String manifest(SweepPlan plan, SweepKernel kernel, List<Metric> metrics, int chunkSize) {
    StringBuilder sb = new StringBuilder("seapopym4j sweep manifest, format 1\n");
    sb.append("plan ").append(plan.describe()).append('\n');
    sb.append("kernel ").append(kernel.describe()).append('\n');
    sb.append("metrics");
    for (Metric m : metrics) {
      sb.append(' ').append(m.name());
    }
    sb.append('\n').append("chunk_size ").append(chunkSize).append('\n');
    return sb.toString();
  }

  /** Metric names must not clash with axis names or the index column. */
  static void checkNames(SweepPlan plan, List<Metric> metrics) {
    List<String> names = new ArrayList<>(List.of("combination"));
    names.addAll(plan.axisNames());
    for (Metric m : metrics) {
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

  private static RuntimeException firstFailure(RuntimeException first, Throwable cause) {
    if (first != null) {
      first.addSuppressed(cause);
      return first;
    }
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new IllegalStateException("sweep worker failed", cause);
  }

  /** Counters shared by the workers. */
  private final class State {
    final int total;
    final long t0;
    final AtomicLong kernelNanos = new AtomicLong();
    final AtomicLong resultNanos = new AtomicLong();
    long resumed;
    long done;
    long lastReported = -1;
    long nextReport;

    State(int total, long t0) {
      this.total = total;
      this.t0 = t0;
    }

    synchronized void finished(int count, long now) {
      done += count;
      if (nextReport == 0) {
        nextReport = (resumed / progressEvery + 1) * progressEvery;
      }
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

    SweepProgress progress(long now) {
      return new SweepProgress(done, total, resumed, now - t0, kernelNanos.get(), resultNanos.get());
    }
  }

  /** Settings of a {@link Sweep}; checked eagerly. */
  public static final class Builder {
    private final SweepPlan plan;
    private final SweepKernel kernel;
    private int threads = Runtime.getRuntime().availableProcessors();
    private ExecutorService executor;
    private int chunkSize = 16_384;
    private SweepLimits limits = SweepLimits.DEFAULT;
    private long progressEvery = 100_000;
    private SweepListener listener;
    private Predicate<SweepProgress> stopWhen;
    private Path output;
    private boolean resume;

    private Builder(SweepPlan plan, SweepKernel kernel) {
      this.plan = Objects.requireNonNull(plan, "plan");
      this.kernel = Objects.requireNonNull(kernel, "kernel");
    }

    /** Worker threads (default: all cores). With {@link #executor}, the number of tasks submitted. */
    public Builder threads(int v) {
      if (v < 1) {
        throw new IllegalArgumentException("threads must be >= 1, but was " + v);
      }
      threads = v;
      return this;
    }

    /** Runs the workers on this executor (not shut down by the sweep) instead of a private pool. */
    public Builder executor(ExecutorService v) {
      executor = Objects.requireNonNull(v, "executor");
      return this;
    }

    /** Combinations per kernel call and per chunk file (default 16,384). Part of the resume manifest. */
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

    /** Report progress each time this many more combinations are done (default 100,000). */
    public Builder progressEvery(long v) {
      if (v < 1) {
        throw new IllegalArgumentException("progressEvery must be >= 1, but was " + v);
      }
      progressEvery = v;
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
