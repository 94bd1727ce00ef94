package io.github.seapopym4j.profile;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tech.tablesaw.api.Table;

/**
 * Times named stages of a workflow (load, prepare, run, score, evaluate, optimiser) and counts the
 * heap bytes each allocates, with almost no cost when off.
 *
 * <pre>{@code
 * Profiler profiler = Profiler.enabled();
 * try (Profiler.Stage s = profiler.stage(Profiler.SCORE)) {
 *   score(run);
 * }
 * System.out.println(profiler.table().print());
 * }</pre>
 *
 * <p><b>Exclusive times.</b> Stages nest per thread: a stage's time and allocation exclude those of
 * the stages opened inside it on the same thread, so on one thread the stage totals add up to the
 * wall time spent inside stages. Stages entered on several threads at once (parallel evaluation) add
 * up to more than the wall time: their sum is CPU-side work, not elapsed time.
 *
 * <p><b>Per stage</b>: call count, total, mean, median (p50) and p95 of the exclusive duration, and
 * heap bytes allocated by the thread while in the stage ({@code
 * com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes}; -1 where the JVM does not count
 * them). Percentiles come from a reservoir of at most {@value StageStats#RESERVOIR} samples per stage
 * (exact below that count, a uniform sample above it). ND4J's off-heap data is not in the allocation
 * counts (see {@link MemorySnapshot}).
 *
 * <p><b>Disabled</b> ({@link #disabled()}, the default everywhere it is wired in): {@link #stage}
 * returns one shared no-op handle, allocates nothing and records nothing.
 *
 * @implNote Thread-safe. Each thread keeps its own stack of open stages; a stage must be closed by
 *     the thread that opened it, innermost first (try-with-resources does both).
 */
public final class Profiler {

  /** Reading forcing files. */
  public static final String LOAD = "load";
  /** Building the prepared context (and matching observations) from loaded forcings. */
  public static final String PREPARE = "prepare";
  /** One model run (decoding its parameters included). */
  public static final String RUN = "run";
  /** Scoring one run against observations. */
  public static final String SCORE = "score";
  /** A population evaluation call, minus the run and score stages nested in it on its thread. */
  public static final String EVALUATE = "evaluate";
  /** A calibration generation minus its evaluation: selection, variation, logbook, memory check. */
  public static final String OPTIMISER = "optimiser";

  /** A stage being timed; close it to record it. */
  public interface Stage extends AutoCloseable {
    @Override
    void close();
  }

  private static final Stage NO_OP = () -> {};
  private static final Profiler DISABLED = new Profiler(false);

  private final boolean enabled;
  private final ConcurrentHashMap<String, StageStats> stats = new ConcurrentHashMap<>();
  private final AtomicInteger order = new AtomicInteger();
  private final ThreadLocal<Open> top = new ThreadLocal<>();

  private Profiler(boolean enabled) {
    this.enabled = enabled;
  }

  /** The shared profiler that records nothing. */
  public static Profiler disabled() {
    return DISABLED;
  }

  /** A new, empty, recording profiler. */
  public static Profiler enabled() {
    return new Profiler(true);
  }

  /** Opens stage {@code name} on this thread; closing the handle records it. */
  public Stage stage(String name) {
    if (!enabled) {
      return NO_OP;
    }
    Objects.requireNonNull(name, "name");
    Open open = new Open(name, top.get());
    top.set(open);
    return open;
  }

  /**
   * Records one call of {@code name} measured elsewhere (e.g. a {@code Pipeline.Listener}); ignored
   * when disabled.
   *
   * @param nanos its duration [ns], ≥ 0
   * @param allocatedBytes heap bytes it allocated, or -1 when unknown
   */
  public void record(String name, long nanos, long allocatedBytes) {
    if (!enabled) {
      return;
    }
    if (nanos < 0) {
      throw new IllegalArgumentException("stage '" + name + "': duration must be >= 0 ns, but was "
          + nanos);
    }
    stats.computeIfAbsent(name, n -> new StageStats(n, order.getAndIncrement()))
        .add(nanos, allocatedBytes);
  }

  /** One summary per stage, in the order the stages were first recorded. */
  public List<StageSummary> summaries() {
    return stats.values().stream().sorted(Comparator.comparingInt(StageStats::order))
        .map(StageStats::summary).toList();
  }

  /** The summary of {@code name}, or one with zero calls when it never ran. */
  public StageSummary summary(String name) {
    StageStats s = stats.get(name);
    return s == null ? StageSummary.none(name) : s.summary();
  }

  /** The sum of every stage's exclusive time [ns]. */
  public long totalNanos() {
    return summaries().stream().mapToLong(StageSummary::totalNanos).sum();
  }

  /**
   * A table, one row per stage: {@code stage, calls, total_ms, mean_ms, p50_ms, p95_ms, share,
   * allocated_bytes, allocated_bytes_per_call} ({@code share}: of the sum of all stages' totals).
   */
  public Table table() {
    return StageSummary.table(summaries());
  }

  @Override
  public String toString() {
    return enabled ? "Profiler" + summaries() : "Profiler[disabled]";
  }

  /** An open stage: its start, and what its nested stages used so far. */
  private final class Open implements Stage {
    private final String name;
    private final Open parent;
    private final long startNanos;
    private final long startBytes;
    private long childNanos;
    private long childBytes;
    private boolean closed;

    Open(String name, Open parent) {
      this.name = name;
      this.parent = parent;
      this.startBytes = Allocations.currentThread();
      this.startNanos = System.nanoTime();
    }

    @Override
    public void close() {
      long nanos = System.nanoTime() - startNanos;
      long end = Allocations.currentThread();
      if (closed) {
        return;
      }
      if (top.get() != this) {
        throw new IllegalStateException(String.format("stage '%s' must be closed by the thread that "
            + "opened it, innermost first, but the stage open on %s is %s", name,
            Thread.currentThread().getName(), top.get() == null ? "none" : "'" + top.get().name + "'"));
      }
      closed = true;
      long bytes = startBytes < 0 || end < 0 ? -1 : end - startBytes;
      if (parent == null) {
        top.remove();
      } else {
        top.set(parent);
        parent.childNanos += nanos;
        parent.childBytes += Math.max(bytes, 0);
      }
      record(name, Math.max(0, nanos - childNanos), bytes < 0 ? -1 : Math.max(0, bytes - childBytes));
    }
  }
}
